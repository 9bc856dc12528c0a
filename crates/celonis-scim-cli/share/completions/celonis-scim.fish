# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_celonis_scim_global_optspecs
    string join \n config= team= v/verbose log-format= url= token= app-key= oauth-token-url= client-id= client-secret= client-auth= timeout= max-retries= allow-insecure-http admin-role= trust= proxy= proxy-credentials= emulator h/help V/version
end

function __fish_celonis_scim_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_celonis_scim_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_celonis_scim_using_subcommand
    set -l cmd (__fish_celonis_scim_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -s V -l version -d 'Print version'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "users" -d 'Users of the team'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "groups" -d 'Groups of the team'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "bulk" -d 'Run a bulk request from a JSON file (- for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "discover" -d 'Print the ServiceProviderConfig, Schemas and ResourceTypes'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "plan" -d 'Show what it takes to make the team match FILE (CSV or JSON); changes nothing'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "apply" -d 'Make the team match FILE: shows the plan, asks, applies, reports'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "emulator" -d 'Run a Celonis emulator on loopback until interrupted'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "snapshot" -d 'Copy the live team (users, groups, members, seats in use) into a team-state file: the twin `apply --rehearse --state FILE` rehearses on (also an emulator --state file)'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "runs" -d 'List the runs in the journal, with their counts'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "undo" -d 'Undo a run of the journal: show the inverse plan, ask, apply (deletions cannot be undone and are listed as such)'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "config" -d 'Check the config file: its keys, values and secret sources (nothing is sent)'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "presets" -d 'List the presets for identity-system exports, or print one\'s mapping (TOML, to copy and adapt)'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "completions" -d 'Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish): `source <(celonis-scim completions bash)`, or save it where the shell looks'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "man" -d 'Print the manual page (roff): `celonis-scim man | man -l -`; with --dir, write the pages of every command there (`celonis-scim.1`, `celonis-scim-plan.1`, ...)'
complete -c celonis-scim -n "__fish_celonis_scim_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -f -a "list" -d 'List one page, or every resource with --all'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -f -a "get" -d 'Get one by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -f -a "create" -d 'Create from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -f -a "replace" -d 'Replace (PUT) from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -f -a "delete" -d 'Delete by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and not __fish_seen_subcommand_from list get create replace delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l start-index -d '1-based index of the first resource' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l count -d 'Resources per page' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l attributes -d 'Attributes to return, comma-separated' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l excluded-attributes -d 'Attributes to leave out, comma-separated' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l all -d 'Every resource, page by page (a JSON array)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l attributes -d 'Attributes to return, comma-separated' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l excluded-attributes -d 'Attributes to leave out, comma-separated' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from replace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List one page, or every resource with --all'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get one by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "replace" -d 'Replace (PUT) from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -f -a "list" -d 'List one page, or every resource with --all'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -f -a "get" -d 'Get one by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -f -a "create" -d 'Create from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -f -a "replace" -d 'Replace (PUT) from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -f -a "delete" -d 'Delete by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -f -a "add-members" -d 'Add users to a group'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -f -a "remove-members" -d 'Remove users from a group'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and not __fish_seen_subcommand_from list get create replace delete add-members remove-members help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l start-index -d '1-based index of the first resource' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l count -d 'Resources per page' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l attributes -d 'Attributes to return, comma-separated' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l excluded-attributes -d 'Attributes to leave out, comma-separated' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l all -d 'Every resource, page by page (a JSON array)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l attributes -d 'Attributes to return, comma-separated' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l excluded-attributes -d 'Attributes to leave out, comma-separated' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from replace" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from add-members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from remove-members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'List one page, or every resource with --all'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "get" -d 'Get one by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "replace" -d 'Replace (PUT) from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "add-members" -d 'Add users to a group'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "remove-members" -d 'Remove users from a group'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand bulk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand discover" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l mapping -d 'A mapping file (TOML or JSON): where each attribute comes from and how it is cleaned up; `{"userName": "Login", "email": "Mail"}` just renames columns' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l preset -d 'Read an export as it comes from an identity system: entra, okta, gam, google-directory, workday or ldif (`celonis-scim presets` lists them)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l match-by -d 'Match users by userName (case-insensitive; the default) or by externalId' -r -f -a "user-name\t'userName, case-insensitive'
external-id\t'externalId'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l missing -d 'What to do with users the file does not list (default: keep)' -r -f -a "keep\t'Leave them alone'
deactivate\t'Set active to false'
delete\t'Delete them from the team'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l only-section -d 'Keep only these sections of the plan (create_groups, update_groups, create_users, update_users, memberships, deactivate_users, delete_users, delete_groups; repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l only-user -d 'Keep only the changes of these users: userNames or patterns (repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l only-group -d 'Keep only the changes of these groups: names or patterns (repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l journal -d 'The journal directory (default: journal/ beside the config file, else ~/.local/state/celonis-scim/journal)' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l seat-limit -d 'Licence seats per role, e.g. --seat-limit ANALYST=10: more is a conflict' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l protect-user -d 'Never touch these users: userNames or patterns (`*`, `?`), case-insensitive (repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l protect-group -d 'Never touch these groups: names or patterns (repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l min-admins -d 'No plan may leave fewer active admins than this' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l max-input-shrink -d 'Refuse an input with more than this percentage fewer users than the last run that applied an input' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l format -d 'How to print the plan: the readable diff, JSON, or Markdown for a pull-request comment' -r -f -a "text\t'The readable diff'
json\t'JSON'
markdown\t'Markdown: a summary heading, a seats table and the diff'
html\t'One self-contained HTML page (no script, no network): summary, seats, conflicts and every change with before and after, for an approver (`plan --format html > plan.html`)'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l out -d '`plan` only: also save the plan to this file, with fingerprints of the input and of the team it was computed from; `apply` that file later applies exactly it, or refuses when the team changed since (unless --force)' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l all-teams -d 'Every team of the config file in turn ([teams.NAME]), with one summary at the end; one team\'s failure neither stops nor hides the others (exit 8 when any failed)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l all-groups -d 'Manage every group: delete those the file does not name'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l input-complete -d 'The file lists every user of the team (a CSV cannot say so itself): only then may the plan delete'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l json -d 'Print JSON instead of the readable diff (the same as --format json)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l detailed-exitcode -d '`plan` only: exit 0 when there is nothing to do, 2 when changes are pending, 1 on any error (terraform\'s convention)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l mapping -d 'A mapping file (TOML or JSON): where each attribute comes from and how it is cleaned up; `{"userName": "Login", "email": "Mail"}` just renames columns' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l preset -d 'Read an export as it comes from an identity system: entra, okta, gam, google-directory, workday or ldif (`celonis-scim presets` lists them)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l match-by -d 'Match users by userName (case-insensitive; the default) or by externalId' -r -f -a "user-name\t'userName, case-insensitive'
external-id\t'externalId'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l missing -d 'What to do with users the file does not list (default: keep)' -r -f -a "keep\t'Leave them alone'
deactivate\t'Set active to false'
delete\t'Delete them from the team'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l only-section -d 'Keep only these sections of the plan (create_groups, update_groups, create_users, update_users, memberships, deactivate_users, delete_users, delete_groups; repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l only-user -d 'Keep only the changes of these users: userNames or patterns (repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l only-group -d 'Keep only the changes of these groups: names or patterns (repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l journal -d 'The journal directory (default: journal/ beside the config file, else ~/.local/state/celonis-scim/journal)' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l seat-limit -d 'Licence seats per role, e.g. --seat-limit ANALYST=10: more is a conflict' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l protect-user -d 'Never touch these users: userNames or patterns (`*`, `?`), case-insensitive (repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l protect-group -d 'Never touch these groups: names or patterns (repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l min-admins -d 'No plan may leave fewer active admins than this' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l max-input-shrink -d 'Refuse an input with more than this percentage fewer users than the last run that applied an input' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l format -d 'How to print the plan: the readable diff, JSON, or Markdown for a pull-request comment' -r -f -a "text\t'The readable diff'
json\t'JSON'
markdown\t'Markdown: a summary heading, a seats table and the diff'
html\t'One self-contained HTML page (no script, no network): summary, seats, conflicts and every change with before and after, for an approver (`plan --format html > plan.html`)'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l out -d '`plan` only: also save the plan to this file, with fingerprints of the input and of the team it was computed from; `apply` that file later applies exactly it, or refuses when the team changed since (unless --force)' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l max-in-flight -d 'Single calls in flight at once' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l max-removals -d 'Refuse to remove or deactivate more users than this' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l max-removal-percent -d 'Refuse to remove or deactivate more than this percentage of the team' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l state -d 'The team-state file (from `snapshot`) to rehearse on' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l resume -d 'Continue run RUN of the journal (killed or failed): what it did is not done again' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l all-teams -d 'Every team of the config file in turn ([teams.NAME]), with one summary at the end; one team\'s failure neither stops nor hides the others (exit 8 when any failed)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l all-groups -d 'Manage every group: delete those the file does not name'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l input-complete -d 'The file lists every user of the team (a CSV cannot say so itself): only then may the plan delete'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l json -d 'Print JSON instead of the readable diff (the same as --format json)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l detailed-exitcode -d '`plan` only: exit 0 when there is nothing to do, 2 when changes are pending, 1 on any error (terraform\'s convention)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -s y -l yes -d 'Apply without asking'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l force -d 'Apply even past the removal guard, seat-limit conflicts and a stale saved plan'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l no-bulk -d 'Never use /Bulk'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l rehearse -d 'Rehearse: apply the plan to a twin of the team (an embedded emulator loaded with the --state file, or with a copy taken now) and report what would fail; the real team is not changed'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l serve-token -d 'The accepted token (random when unset)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l state -d 'Keep the data in this file across restarts' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l seats -d 'Seat limit per role, e.g. --seats ANALYST=5 --seats ADMIN=1' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l latency-ms -d 'Added latency per answer, in milliseconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l rate-limit -d 'A rate limit on the SCIM API, e.g. --rate-limit 200/s (429 with x-ratelimit-reset when exceeded)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l oauth-client -d 'OAuth client accepted at /oauth2/token, as ID:SECRET (repeatable)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand emulator" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l out -d 'The file to write' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l seat-limit -d 'The licence\'s seats per role, e.g. --seat-limit ANALYST=10, kept for rehearsals' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand snapshot" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l journal -d 'The journal directory (default: journal/ beside the config file, else ~/.local/state/celonis-scim/journal)' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l json -d 'Print JSON'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand runs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l journal -d 'The journal directory (default: journal/ beside the config file, else ~/.local/state/celonis-scim/journal)' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l out -d 'Only save the inverse plan to this file (apply it later with `apply FILE`)' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -s y -l yes -d 'Apply without asking'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand undo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -f -a "check" -d 'Validate the config file (and that every secret it names can be read)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and not __fish_seen_subcommand_from check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Validate the config file (and that every secret it names can be read)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand presets" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l dir -d 'The directory to write every page into' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l config -d 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it' -r -F
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l team -d 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l log-format -d 'How log lines look: text, or json (one object per line)' -r -f -a "text\t'`time LEVEL message`'
json\t'`{"time", "level", "target", "message"}`, one per line'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l url -d 'Base URL up to and including /scim/v2' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l token -d 'Bearer token (OAuth access token or API key)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l app-key -d 'Application key (Authorization: AppKey ...)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l oauth-token-url -d 'OAuth 2.0 token endpoint (client credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l client-id -d 'OAuth 2.0 client id' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l client-secret -d 'OAuth 2.0 client secret' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l client-auth -d 'How the OAuth client authenticates: basic or post' -r -f -a "basic\t'client_secret_basic'
post\t'client_secret_post'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l timeout -d 'Time limit of one HTTP exchange, in seconds' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l max-retries -d 'Retries of a failed request' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l admin-role -d 'The SCIM value of the admin role' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l trust -d 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system\'s store, where a corporate proxy\'s CA is installed)' -r -f -a "bundled\t'The Mozilla roots built in'
system\t'The operating system\'s certificate store'"
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l proxy -d 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l proxy-credentials -d 'The proxy\'s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)' -r
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -s v -l verbose -d 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l allow-insecure-http -d 'Allow plain http to a host that is not loopback'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -l emulator -d 'Run the command against a freshly started, embedded emulator'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "users" -d 'Users of the team'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "groups" -d 'Groups of the team'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "bulk" -d 'Run a bulk request from a JSON file (- for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "discover" -d 'Print the ServiceProviderConfig, Schemas and ResourceTypes'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "plan" -d 'Show what it takes to make the team match FILE (CSV or JSON); changes nothing'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "apply" -d 'Make the team match FILE: shows the plan, asks, applies, reports'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "emulator" -d 'Run a Celonis emulator on loopback until interrupted'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "snapshot" -d 'Copy the live team (users, groups, members, seats in use) into a team-state file: the twin `apply --rehearse --state FILE` rehearses on (also an emulator --state file)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "runs" -d 'List the runs in the journal, with their counts'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "undo" -d 'Undo a run of the journal: show the inverse plan, ask, apply (deletions cannot be undone and are listed as such)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "config" -d 'Check the config file: its keys, values and secret sources (nothing is sent)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "presets" -d 'List the presets for identity-system exports, or print one\'s mapping (TOML, to copy and adapt)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "completions" -d 'Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish): `source <(celonis-scim completions bash)`, or save it where the shell looks'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "man" -d 'Print the manual page (roff): `celonis-scim man | man -l -`; with --dir, write the pages of every command there (`celonis-scim.1`, `celonis-scim-plan.1`, ...)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and not __fish_seen_subcommand_from users groups bulk discover plan apply emulator snapshot runs undo config presets completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List one page, or every resource with --all'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "get" -d 'Get one by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "replace" -d 'Replace (PUT) from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'List one page, or every resource with --all'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "get" -d 'Get one by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "create" -d 'Create from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "replace" -d 'Replace (PUT) from JSON (inline, @FILE or - for stdin)'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete by id'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "add-members" -d 'Add users to a group'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "remove-members" -d 'Remove users from a group'
complete -c celonis-scim -n "__fish_celonis_scim_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Validate the config file (and that every secret it names can be read)'
