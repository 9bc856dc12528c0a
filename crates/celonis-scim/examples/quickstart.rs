//! Create a user, put it in a group, list everyone, clean up.
//! Run: CELONIS_SCIM_URL=... CELONIS_SCIM_TOKEN=... cargo run --example quickstart
use celonis_scim::{Client, ClientConfig, Group, IterOptions, User};

pub fn run(base_url: &str, token: &str) -> celonis_scim::Result<Vec<String>> {
    let client = Client::new(ClientConfig::bearer(base_url, token))?;

    let mut ada = User::new("ada@example.com");
    ada.display_name = Some("Ada Lovelace".into());
    ada.role = Some("ANALYST".into());
    let ada = client.create_user(&ada)?;
    let ada_id = ada.id.as_deref().unwrap_or_default();

    let team = client.create_group(&Group::new("Process Mining"))?;
    let team_id = team.id.as_deref().unwrap_or_default();
    client.add_group_members(team_id, &[ada_id])?;

    let mut seen = Vec::new();
    for user in client.iter_users(&IterOptions::default()) {
        let user = user?;
        seen.push(format!("{} ({} groups)", user.user_name.unwrap_or_default(), user.groups.len()));
    }

    client.delete_group(team_id)?;
    client.delete_user(ada_id)?;
    Ok(seen)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let url = std::env::var("CELONIS_SCIM_URL")?;
    let token = std::env::var("CELONIS_SCIM_TOKEN")?;
    for line in run(&url, &token)? {
        println!("{line}");
    }
    Ok(())
}
