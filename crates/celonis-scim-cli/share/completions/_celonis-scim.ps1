
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'celonis-scim' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'celonis-scim'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'celonis-scim' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users of the team')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of the team')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Run a bulk request from a JSON file (- for stdin)')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Print the ServiceProviderConfig, Schemas and ResourceTypes')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what it takes to make the team match FILE (CSV or JSON); changes nothing')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the team match FILE: shows the plan, asks, applies, reports')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run a Celonis emulator on loopback until interrupted')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Copy the live team (users, groups, members, seats in use) into a team-state file: the twin `apply --rehearse --state FILE` rehearses on (also an emulator --state file)')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'List the runs in the journal, with their counts')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo a run of the journal: show the inverse plan, ask, apply (deletions cannot be undone and are listed as such)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Check the config file: its keys, values and secret sources (nothing is sent)')
            [CompletionResult]::new('presets', 'presets', [CompletionResultType]::ParameterValue, 'List the presets for identity-system exports, or print one''s mapping (TOML, to copy and adapt)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish): `source <(celonis-scim completions bash)`, or save it where the shell looks')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff): `celonis-scim man | man -l -`; with --dir, write the pages of every command there (`celonis-scim.1`, `celonis-scim-plan.1`, ...)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'celonis-scim;users' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List one page, or every resource with --all')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace (PUT) from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete by id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'celonis-scim;users;list' {
            [CompletionResult]::new('--start-index', '--start-index', [CompletionResultType]::ParameterName, '1-based index of the first resource')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Resources per page')
            [CompletionResult]::new('--attributes', '--attributes', [CompletionResultType]::ParameterName, 'Attributes to return, comma-separated')
            [CompletionResult]::new('--excluded-attributes', '--excluded-attributes', [CompletionResultType]::ParameterName, 'Attributes to leave out, comma-separated')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every resource, page by page (a JSON array)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;users;get' {
            [CompletionResult]::new('--attributes', '--attributes', [CompletionResultType]::ParameterName, 'Attributes to return, comma-separated')
            [CompletionResult]::new('--excluded-attributes', '--excluded-attributes', [CompletionResultType]::ParameterName, 'Attributes to leave out, comma-separated')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;users;create' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;users;replace' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;users;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List one page, or every resource with --all')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace (PUT) from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete by id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'celonis-scim;users;help;list' {
            break
        }
        'celonis-scim;users;help;get' {
            break
        }
        'celonis-scim;users;help;create' {
            break
        }
        'celonis-scim;users;help;replace' {
            break
        }
        'celonis-scim;users;help;delete' {
            break
        }
        'celonis-scim;users;help;help' {
            break
        }
        'celonis-scim;groups' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List one page, or every resource with --all')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace (PUT) from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete by id')
            [CompletionResult]::new('add-members', 'add-members', [CompletionResultType]::ParameterValue, 'Add users to a group')
            [CompletionResult]::new('remove-members', 'remove-members', [CompletionResultType]::ParameterValue, 'Remove users from a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'celonis-scim;groups;list' {
            [CompletionResult]::new('--start-index', '--start-index', [CompletionResultType]::ParameterName, '1-based index of the first resource')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Resources per page')
            [CompletionResult]::new('--attributes', '--attributes', [CompletionResultType]::ParameterName, 'Attributes to return, comma-separated')
            [CompletionResult]::new('--excluded-attributes', '--excluded-attributes', [CompletionResultType]::ParameterName, 'Attributes to leave out, comma-separated')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every resource, page by page (a JSON array)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;groups;get' {
            [CompletionResult]::new('--attributes', '--attributes', [CompletionResultType]::ParameterName, 'Attributes to return, comma-separated')
            [CompletionResult]::new('--excluded-attributes', '--excluded-attributes', [CompletionResultType]::ParameterName, 'Attributes to leave out, comma-separated')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;groups;create' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;groups;replace' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;groups;delete' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;groups;add-members' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;groups;remove-members' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List one page, or every resource with --all')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace (PUT) from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete by id')
            [CompletionResult]::new('add-members', 'add-members', [CompletionResultType]::ParameterValue, 'Add users to a group')
            [CompletionResult]::new('remove-members', 'remove-members', [CompletionResultType]::ParameterValue, 'Remove users from a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'celonis-scim;groups;help;list' {
            break
        }
        'celonis-scim;groups;help;get' {
            break
        }
        'celonis-scim;groups;help;create' {
            break
        }
        'celonis-scim;groups;help;replace' {
            break
        }
        'celonis-scim;groups;help;delete' {
            break
        }
        'celonis-scim;groups;help;add-members' {
            break
        }
        'celonis-scim;groups;help;remove-members' {
            break
        }
        'celonis-scim;groups;help;help' {
            break
        }
        'celonis-scim;bulk' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;discover' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;plan' {
            [CompletionResult]::new('--mapping', '--mapping', [CompletionResultType]::ParameterName, 'A mapping file (TOML or JSON): where each attribute comes from and how it is cleaned up; `{"userName": "Login", "email": "Mail"}` just renames columns')
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Read an export as it comes from an identity system: entra, okta, gam, google-directory, workday or ldif (`celonis-scim presets` lists them)')
            [CompletionResult]::new('--match-by', '--match-by', [CompletionResultType]::ParameterName, 'Match users by userName (case-insensitive; the default) or by externalId')
            [CompletionResult]::new('--missing', '--missing', [CompletionResultType]::ParameterName, 'What to do with users the file does not list (default: keep)')
            [CompletionResult]::new('--only-section', '--only-section', [CompletionResultType]::ParameterName, 'Keep only these sections of the plan (create_groups, update_groups, create_users, update_users, memberships, deactivate_users, delete_users, delete_groups; repeatable)')
            [CompletionResult]::new('--only-user', '--only-user', [CompletionResultType]::ParameterName, 'Keep only the changes of these users: userNames or patterns (repeatable)')
            [CompletionResult]::new('--only-group', '--only-group', [CompletionResultType]::ParameterName, 'Keep only the changes of these groups: names or patterns (repeatable)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal directory (default: journal/ beside the config file, else ~/.local/state/celonis-scim/journal)')
            [CompletionResult]::new('--seat-limit', '--seat-limit', [CompletionResultType]::ParameterName, 'Licence seats per role, e.g. --seat-limit ANALYST=10: more is a conflict')
            [CompletionResult]::new('--protect-user', '--protect-user', [CompletionResultType]::ParameterName, 'Never touch these users: userNames or patterns (`*`, `?`), case-insensitive (repeatable)')
            [CompletionResult]::new('--protect-group', '--protect-group', [CompletionResultType]::ParameterName, 'Never touch these groups: names or patterns (repeatable)')
            [CompletionResult]::new('--min-admins', '--min-admins', [CompletionResultType]::ParameterName, 'No plan may leave fewer active admins than this')
            [CompletionResult]::new('--max-input-shrink', '--max-input-shrink', [CompletionResultType]::ParameterName, 'Refuse an input with more than this percentage fewer users than the last run that applied an input')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the plan: the readable diff, JSON, or Markdown for a pull-request comment')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, '`plan` only: also save the plan to this file, with fingerprints of the input and of the team it was computed from; `apply` that file later applies exactly it, or refuses when the team changed since (unless --force)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('--all-teams', '--all-teams', [CompletionResultType]::ParameterName, 'Every team of the config file in turn ([teams.NAME]), with one summary at the end; one team''s failure neither stops nor hides the others (exit 8 when any failed)')
            [CompletionResult]::new('--all-groups', '--all-groups', [CompletionResultType]::ParameterName, 'Manage every group: delete those the file does not name')
            [CompletionResult]::new('--input-complete', '--input-complete', [CompletionResultType]::ParameterName, 'The file lists every user of the team (a CSV cannot say so itself): only then may the plan delete')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON instead of the readable diff (the same as --format json)')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, '`plan` only: exit 0 when there is nothing to do, 2 when changes are pending, 1 on any error (terraform''s convention)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;apply' {
            [CompletionResult]::new('--mapping', '--mapping', [CompletionResultType]::ParameterName, 'A mapping file (TOML or JSON): where each attribute comes from and how it is cleaned up; `{"userName": "Login", "email": "Mail"}` just renames columns')
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Read an export as it comes from an identity system: entra, okta, gam, google-directory, workday or ldif (`celonis-scim presets` lists them)')
            [CompletionResult]::new('--match-by', '--match-by', [CompletionResultType]::ParameterName, 'Match users by userName (case-insensitive; the default) or by externalId')
            [CompletionResult]::new('--missing', '--missing', [CompletionResultType]::ParameterName, 'What to do with users the file does not list (default: keep)')
            [CompletionResult]::new('--only-section', '--only-section', [CompletionResultType]::ParameterName, 'Keep only these sections of the plan (create_groups, update_groups, create_users, update_users, memberships, deactivate_users, delete_users, delete_groups; repeatable)')
            [CompletionResult]::new('--only-user', '--only-user', [CompletionResultType]::ParameterName, 'Keep only the changes of these users: userNames or patterns (repeatable)')
            [CompletionResult]::new('--only-group', '--only-group', [CompletionResultType]::ParameterName, 'Keep only the changes of these groups: names or patterns (repeatable)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal directory (default: journal/ beside the config file, else ~/.local/state/celonis-scim/journal)')
            [CompletionResult]::new('--seat-limit', '--seat-limit', [CompletionResultType]::ParameterName, 'Licence seats per role, e.g. --seat-limit ANALYST=10: more is a conflict')
            [CompletionResult]::new('--protect-user', '--protect-user', [CompletionResultType]::ParameterName, 'Never touch these users: userNames or patterns (`*`, `?`), case-insensitive (repeatable)')
            [CompletionResult]::new('--protect-group', '--protect-group', [CompletionResultType]::ParameterName, 'Never touch these groups: names or patterns (repeatable)')
            [CompletionResult]::new('--min-admins', '--min-admins', [CompletionResultType]::ParameterName, 'No plan may leave fewer active admins than this')
            [CompletionResult]::new('--max-input-shrink', '--max-input-shrink', [CompletionResultType]::ParameterName, 'Refuse an input with more than this percentage fewer users than the last run that applied an input')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the plan: the readable diff, JSON, or Markdown for a pull-request comment')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, '`plan` only: also save the plan to this file, with fingerprints of the input and of the team it was computed from; `apply` that file later applies exactly it, or refuses when the team changed since (unless --force)')
            [CompletionResult]::new('--max-in-flight', '--max-in-flight', [CompletionResultType]::ParameterName, 'Single calls in flight at once')
            [CompletionResult]::new('--max-removals', '--max-removals', [CompletionResultType]::ParameterName, 'Refuse to remove or deactivate more users than this')
            [CompletionResult]::new('--max-removal-percent', '--max-removal-percent', [CompletionResultType]::ParameterName, 'Refuse to remove or deactivate more than this percentage of the team')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The team-state file (from `snapshot`) to rehearse on')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue run RUN of the journal (killed or failed): what it did is not done again')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('--all-teams', '--all-teams', [CompletionResultType]::ParameterName, 'Every team of the config file in turn ([teams.NAME]), with one summary at the end; one team''s failure neither stops nor hides the others (exit 8 when any failed)')
            [CompletionResult]::new('--all-groups', '--all-groups', [CompletionResultType]::ParameterName, 'Manage every group: delete those the file does not name')
            [CompletionResult]::new('--input-complete', '--input-complete', [CompletionResultType]::ParameterName, 'The file lists every user of the team (a CSV cannot say so itself): only then may the plan delete')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON instead of the readable diff (the same as --format json)')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, '`plan` only: exit 0 when there is nothing to do, 2 when changes are pending, 1 on any error (terraform''s convention)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Apply without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Apply without asking')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Apply even past the removal guard, seat-limit conflicts and a stale saved plan')
            [CompletionResult]::new('--no-bulk', '--no-bulk', [CompletionResultType]::ParameterName, 'Never use /Bulk')
            [CompletionResult]::new('--rehearse', '--rehearse', [CompletionResultType]::ParameterName, 'Rehearse: apply the plan to a twin of the team (an embedded emulator loaded with the --state file, or with a copy taken now) and report what would fail; the real team is not changed')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;emulator' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--serve-token', '--serve-token', [CompletionResultType]::ParameterName, 'The accepted token (random when unset)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Keep the data in this file across restarts')
            [CompletionResult]::new('--seats', '--seats', [CompletionResultType]::ParameterName, 'Seat limit per role, e.g. --seats ANALYST=5 --seats ADMIN=1')
            [CompletionResult]::new('--latency-ms', '--latency-ms', [CompletionResultType]::ParameterName, 'Added latency per answer, in milliseconds')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'A rate limit on the SCIM API, e.g. --rate-limit 200/s (429 with x-ratelimit-reset when exceeded)')
            [CompletionResult]::new('--oauth-client', '--oauth-client', [CompletionResultType]::ParameterName, 'OAuth client accepted at /oauth2/token, as ID:SECRET (repeatable)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;snapshot' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The file to write')
            [CompletionResult]::new('--seat-limit', '--seat-limit', [CompletionResultType]::ParameterName, 'The licence''s seats per role, e.g. --seat-limit ANALYST=10, kept for rehearsals')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;runs' {
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal directory (default: journal/ beside the config file, else ~/.local/state/celonis-scim/journal)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;undo' {
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal directory (default: journal/ beside the config file, else ~/.local/state/celonis-scim/journal)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Only save the inverse plan to this file (apply it later with `apply FILE`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Apply without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Apply without asking')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the config file (and that every secret it names can be read)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'celonis-scim;config;check' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;config;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the config file (and that every secret it names can be read)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'celonis-scim;config;help;check' {
            break
        }
        'celonis-scim;config;help;help' {
            break
        }
        'celonis-scim;presets' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The directory to write every page into')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (TOML; default: celonis-scim.toml in the working directory, when there is one). Flags and the environment override it')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team of the config file to work on ([teams.NAME]: its sections over the shared ones, its own journal and lock)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How log lines look: text, or json (one object per line)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL up to and including /scim/v2')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Bearer token (OAuth access token or API key)')
            [CompletionResult]::new('--app-key', '--app-key', [CompletionResultType]::ParameterName, 'Application key (Authorization: AppKey ...)')
            [CompletionResult]::new('--oauth-token-url', '--oauth-token-url', [CompletionResultType]::ParameterName, 'OAuth 2.0 token endpoint (client credentials)')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'OAuth 2.0 client id')
            [CompletionResult]::new('--client-secret', '--client-secret', [CompletionResultType]::ParameterName, 'OAuth 2.0 client secret')
            [CompletionResult]::new('--client-auth', '--client-auth', [CompletionResultType]::ParameterName, 'How the OAuth client authenticates: basic or post')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Time limit of one HTTP exchange, in seconds')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Retries of a failed request')
            [CompletionResult]::new('--admin-role', '--admin-role', [CompletionResultType]::ParameterName, 'The SCIM value of the admin role')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'The root certificates trusted: bundled (the Mozilla roots built in, the default) or system (the operating system''s store, where a corporate proxy''s CA is installed)')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them')
            [CompletionResult]::new('--proxy-credentials', '--proxy-credentials', [CompletionResultType]::ParameterName, 'The proxy''s credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE, or [connection] proxy_credentials)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log each exchange with the server to stderr: -v requests and retries, -vv also bodies')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a host that is not loopback')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run the command against a freshly started, embedded emulator')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'celonis-scim;help' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'Users of the team')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Groups of the team')
            [CompletionResult]::new('bulk', 'bulk', [CompletionResultType]::ParameterValue, 'Run a bulk request from a JSON file (- for stdin)')
            [CompletionResult]::new('discover', 'discover', [CompletionResultType]::ParameterValue, 'Print the ServiceProviderConfig, Schemas and ResourceTypes')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show what it takes to make the team match FILE (CSV or JSON); changes nothing')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the team match FILE: shows the plan, asks, applies, reports')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Run a Celonis emulator on loopback until interrupted')
            [CompletionResult]::new('snapshot', 'snapshot', [CompletionResultType]::ParameterValue, 'Copy the live team (users, groups, members, seats in use) into a team-state file: the twin `apply --rehearse --state FILE` rehearses on (also an emulator --state file)')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'List the runs in the journal, with their counts')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Undo a run of the journal: show the inverse plan, ask, apply (deletions cannot be undone and are listed as such)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Check the config file: its keys, values and secret sources (nothing is sent)')
            [CompletionResult]::new('presets', 'presets', [CompletionResultType]::ParameterValue, 'List the presets for identity-system exports, or print one''s mapping (TOML, to copy and adapt)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish): `source <(celonis-scim completions bash)`, or save it where the shell looks')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the manual page (roff): `celonis-scim man | man -l -`; with --dir, write the pages of every command there (`celonis-scim.1`, `celonis-scim-plan.1`, ...)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'celonis-scim;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List one page, or every resource with --all')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace (PUT) from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete by id')
            break
        }
        'celonis-scim;help;users;list' {
            break
        }
        'celonis-scim;help;users;get' {
            break
        }
        'celonis-scim;help;users;create' {
            break
        }
        'celonis-scim;help;users;replace' {
            break
        }
        'celonis-scim;help;users;delete' {
            break
        }
        'celonis-scim;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List one page, or every resource with --all')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Get one by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('replace', 'replace', [CompletionResultType]::ParameterValue, 'Replace (PUT) from JSON (inline, @FILE or - for stdin)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete by id')
            [CompletionResult]::new('add-members', 'add-members', [CompletionResultType]::ParameterValue, 'Add users to a group')
            [CompletionResult]::new('remove-members', 'remove-members', [CompletionResultType]::ParameterValue, 'Remove users from a group')
            break
        }
        'celonis-scim;help;groups;list' {
            break
        }
        'celonis-scim;help;groups;get' {
            break
        }
        'celonis-scim;help;groups;create' {
            break
        }
        'celonis-scim;help;groups;replace' {
            break
        }
        'celonis-scim;help;groups;delete' {
            break
        }
        'celonis-scim;help;groups;add-members' {
            break
        }
        'celonis-scim;help;groups;remove-members' {
            break
        }
        'celonis-scim;help;bulk' {
            break
        }
        'celonis-scim;help;discover' {
            break
        }
        'celonis-scim;help;plan' {
            break
        }
        'celonis-scim;help;apply' {
            break
        }
        'celonis-scim;help;emulator' {
            break
        }
        'celonis-scim;help;snapshot' {
            break
        }
        'celonis-scim;help;runs' {
            break
        }
        'celonis-scim;help;undo' {
            break
        }
        'celonis-scim;help;config' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the config file (and that every secret it names can be read)')
            break
        }
        'celonis-scim;help;config;check' {
            break
        }
        'celonis-scim;help;presets' {
            break
        }
        'celonis-scim;help;completions' {
            break
        }
        'celonis-scim;help;man' {
            break
        }
        'celonis-scim;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
