//! `digipolicy schema`: a JSON Schema of the contract.

use super::Failure;
use clap::builder::PossibleValuesParser;
use clap::Args;
use digipolicy::ffi::Request;

/// The arguments of `schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The schema's name.
    #[arg(value_parser = PossibleValuesParser::new(digipolicy::schema_names()))]
    pub name: String,
}

/// Prints the schema.
pub fn run(args: &SchemaArgs) -> Result<String, Failure> {
    let registry = super::load_registry(None)?;
    Ok(super::run(&registry, Request::Schema { name: args.name.clone() })?.into_text()?)
}
