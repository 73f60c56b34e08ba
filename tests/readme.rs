//! The README's quick-starts run as a newcomer would paste them: the Rust one as a whole
//! program in a fresh crate outside this workspace (from another directory).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use digipolicy_conformance::root;

/// The first fenced block of `lang` after `heading` in the README.
fn block(readme: &str, heading: &str, lang: &str) -> String {
    let from = readme.find(heading).unwrap();
    let start = readme[from..].find(&format!("```{lang}\n")).unwrap() + from + lang.len() + 4;
    let end = readme[start..].find("```").unwrap() + start;
    readme[start..end].to_owned()
}

#[test]
fn the_rust_quick_start_compiles_and_runs_from_another_directory() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let program = block(&readme, "## Rust quick-start", "rust");
    let dir = std::env::temp_dir().join(format!("digipolicy-readme-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"quick-start\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[dependencies]\ndigipolicy = {{ path = {:?} }}\n\n[workspace]\n",
        root().join("core")
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(dir.join("src/main.rs"), program).unwrap();
    // The workspace's lock file pins the same versions, so no network is needed.
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let out = std::process::Command::new(env!("CARGO"))
        .args(["run", "-q", "--offline"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", root().join("target/readme"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("policy:"), "{}", String::from_utf8_lossy(&out.stdout));
    let _ = std::fs::remove_dir_all(&dir);
}
