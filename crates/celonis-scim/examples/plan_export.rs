//! Plans an export through the main job's front door and prints the plan as JSON.
//! Run: cargo run --example plan_export -- URL TOKEN EXPORT MAPPING OPTIONS_JSON
//! (OPTIONS_JSON as the bindings take them: plan options, `journal`, `mapping`).
use celonis_scim::sync::{Input, Job, JobOptions, MappingSource};
use celonis_scim::{Client, ClientConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [url, token, export, mapping, options] = args.as_slice() else {
        return Err("usage: plan_export URL TOKEN EXPORT MAPPING OPTIONS_JSON".into());
    };
    let client = Client::new(ClientConfig::bearer(url, token))?;
    let mut options = JobOptions::from_value(serde_json::from_str(options)?)?;
    options.mapping = Some(MappingSource::File(mapping.into()));
    let plan = Job::new(&client, Some(Input::Path(export.into())), options)?.plan()?;
    println!("{}", serde_json::to_string(&plan)?);
    Ok(())
}
