//! The CLI end to end: output formats, languages, stdin, schemas, exit codes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, missing_docs)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_digipolicy"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        // A command that fails before reading its input closes the pipe: that is its answer.
        if let Err(e) = child.stdin.take().unwrap().write_all(input.as_bytes()) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

const EXAMPLE: &str = "examples/video-consultations-in-house.json";

/// The ranking table of a text report (scores there have two decimals).
fn ranking(report: &str) -> &str {
    let start = report.find("Rangordning").or_else(|| report.find("Ranking")).unwrap_or(0);
    let rest = &report[start..];
    &rest[..rest.find("\n\n").unwrap_or(rest.len())]
}

#[test]
fn decide_json_is_the_library_decision() {
    let o = run(&["decide", EXAMPLE, "--format", "json"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let registry = digipolicy::Registry::embedded().unwrap();
    let text = std::fs::read_to_string(root().join(EXAMPLE)).unwrap();
    let options = digipolicy::ffi::Options::default();
    assert_eq!(stdout(&o), digipolicy::ffi::run_json(&registry, "decide", &text, &options).unwrap());
}

#[test]
fn decide_text_report_in_both_languages() {
    let o = run(&["decide", EXAMPLE], None);
    assert_eq!(o.status.code(), Some(0));
    let sv = stdout(&o);
    // Entirely in Swedish: labels, not ids; Swedish numbers.
    assert!(sv.contains("Väg: befintligt inom landstinget\n"), "{sv}");
    assert!(sv.contains("Valt alternativ: The region's own video platform (region-video)"), "{sv}");
    assert!(sv.contains("information, Samordnad anskaffning (policyn § 5.9): MeetCare"), "{sv}");
    assert!(
        sv.contains("1 650 000 kr")
            && sv.contains("0,83")
            && !ranking(&sv).contains("0,8333")
            && sv.contains("inom landstinget"),
        "{sv}"
    );
    assert!(!sv.contains("in_house") && !sv.contains("[info]") && !sv.contains("0.83"), "{sv}");
    assert!(sv.contains("utveckling i samverkan") && !sv.contains("utveckling +"), "{sv}");
    let o = run(&["decide", EXAMPLE, "--lang", "en"], None);
    let en = stdout(&o);
    assert!(
        en.contains("Route: in-house\n")
            && en.contains("SEK 1,650,000")
            && en.contains("0.83")
            && !ranking(&en).contains("0.8333"),
        "{en}"
    );
    assert!(en.contains("Ranking"), "{en}");
    assert!(en.contains("1. Scope (the policy § 2): The case names no organisation"), "{en}");
    assert!(en.contains("2. The whole before the parts (the policy § 5.6)"), "{en}");
}

#[test]
fn decide_reads_stdin_and_shows_missing_requirements() {
    let text = std::fs::read_to_string(root().join("examples/nothing-fits.json")).unwrap();
    let o = run(&["decide", "-", "--lang=en"], Some(&text));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Route: no candidate meets the need\n"), "{out}");
    assert!(out.contains("What would change the outcome"), "{out}");
    assert!(out.contains("The 1177 chat with its Swedish symptom assessment lacks: languages"), "{out}");
}

#[test]
fn blocked_decisions_exit_zero_and_list_the_missing_evidence() {
    let o = run(&["decide", "examples/blocked-no-benefit-assessment.json", "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.contains("Status: blocked"), "{out}");
    assert!(out.contains("– Has the benefit to the whole council been assessed?"), "{out}");
    assert!(!out.contains("benefit_assessment.done"), "{out}");
}

#[test]
fn invalid_case_exits_two_with_path_on_stderr() {
    let o = run(
        &["decide", "-"],
        Some(
            r#"{"id":"x","title":"t","requirements":[{"id":"a","priority":"must"}],"candidates":[{"id":"c","name":"n","origin":"market","covers":["bankid"],"cost":{"one_off_sek":1,"yearly_sek":1},"strategic_importance":3,"delivery_ability":3}]}"#,
        ),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert!(err.contains("candidates[0].covers[0]: okänt krav `bankid`"), "{err}");
    let o = run(&["decide", "-", "--lang", "en"], Some("{ not json"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid case: invalid JSON"), "{}", stderr(&o));
}

#[test]
fn usage_errors_exit_two_and_io_errors_exit_one() {
    assert_eq!(run(&["decide", EXAMPLE, "--format", "yaml"], None).status.code(), Some(2));
    assert_eq!(run(&["decide", EXAMPLE, "--lang", "fi"], None).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"], None).status.code(), Some(2));
    assert_eq!(run(&[], None).status.code(), Some(2));
    assert_eq!(run(&["schema", "nonsense"], None).status.code(), Some(2));
    let o = run(&["decide", "no/such/file.json", "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot read `no/such/file.json`"));
}

#[test]
fn schema_and_policy_commands_print_the_committed_files() {
    for name in ["case", "decision", "policy", "error"] {
        let o = run(&["schema", name], None);
        assert_eq!(o.status.code(), Some(0));
        let committed = std::fs::read_to_string(root().join(format!("schemas/{name}.schema.json"))).unwrap();
        assert_eq!(stdout(&o), committed, "{name}");
    }
    let o = run(&["policy"], None);
    assert_eq!(o.status.code(), Some(0));
    let pack: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(pack["id"], "sll-2016");
}

#[test]
fn a_custom_pack_is_used_and_a_bad_one_rejected() {
    let dir = std::env::temp_dir().join(format!("digipolicy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut pack: serde_json::Value = serde_json::from_str(digipolicy::SLL_2016_JSON).unwrap();
    pack["version"] = "what-if-1".into();
    pack["parameters"]["weights"]["cost"] = 3.into();
    let good = dir.join("good.json");
    std::fs::write(&good, pack.to_string()).unwrap();
    let o = run(&["decide", EXAMPLE, "--format", "json", "--policy", good.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("\"version\": \"what-if-1\""));
    pack["parameters"]["weights"]["cost"] = (-1).into();
    let bad = dir.join("bad.json");
    std::fs::write(&bad, pack.to_string()).unwrap();
    let o = run(&["decide", EXAMPLE, "--policy", bad.to_str().unwrap(), "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("parameters.weights.cost: weight `-1` is negative"), "{}", stderr(&o));
    // Errors follow --lang, Swedish by default like the reports.
    let o = run(&["decide", EXAMPLE, "--policy", bad.to_str().unwrap()], None);
    assert!(stderr(&o).contains("parameters.weights.cost: vikten `-1` är negativ"), "{}", stderr(&o));
}

#[test]
fn review_scope_and_classify_commands() {
    let o = run(&["review", "examples/e-signature-with-evidence.json", "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("the policy § 5.2") && !out.contains("policy:5.2"), "{out}");
    assert!(out.contains("not applicable"), "{out}");
    let o = run(&["review", "examples/e-signature-with-evidence.json", "--format", "json"], None);
    let review: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(review["results"].as_array().unwrap().len(), 15);

    let o = run(&["scope", "examples/scope/contractor-without-clause.json", "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("the agreement must carry the policy"), "{}", stdout(&o));
    let o = run(&["scope", "-", "--format", "json", "--lang", "en"], Some(r#"{"kind": "municipality"}"#));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid organisation: kind: unknown value `municipality`"), "{}", stderr(&o));

    let o = run(&["classify", "examples/classify/idea.json"], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Klass: idea"), "{}", stdout(&o));
    let o = run(&["classify", "examples/classify/innovation.json", "--format", "json"], None);
    let c: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(c["class"], "innovation");
}

#[test]
fn decide_picks_the_pack_in_force_on_the_cases_date() {
    let o = run(&["decide", "examples/dated/2015-refused.json", "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("before pack `sll-2016` came into force on 2016-09-02"), "{err}");
    assert!(err.contains("IT policy within Stockholm County Council (2012-03-20)"), "{err}");
    let o = run(&["decide", "examples/dated/2018-decided.json", "--format", "json"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let d: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(d["policy"]["id"], "sll-2016");
    // Without a date, `--as-of` fills it in: 2014 is before the pack.
    let o = run(&["decide", EXAMPLE, "--as-of", "2014-01-01"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("2016-09-02"), "{}", stderr(&o));
    let o = run(&["decide", EXAMPLE, "--as-of", "2014-13-01"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`2014-13-01`"), "{}", stderr(&o));
}

#[test]
fn as_of_fills_in_a_missing_date_and_the_decision_records_it() {
    let o = run(&["decide", EXAMPLE, "--format", "json", "--as-of", "2022-03-01"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let d: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(d["as_of"], "2022-03-01");
    assert_eq!(d["trace"][0]["code"], "as-of");
    // 2022 is after the strategies lapsed: no strategy rule counts against the case.
    let codes: Vec<&str> = d["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"documents-lapsed"), "{codes:?}");
    // A case's own date wins over --as-of, and then nothing is recorded.
    let o = run(&["decide", "examples/dated/2018-decided.json", "--format", "json", "--as-of", "2022-03-01"], None);
    let d: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(d.get("as_of").is_none(), "{d}");
    // The text report shows the date; review takes it too.
    let o = run(&["decide", EXAMPLE, "--as-of", "2022-03-01", "--lang", "en"], None);
    assert!(stdout(&o).contains("Decision date: 2022-03-01 (given when run)"), "{}", stdout(&o));
    let o = run(&["review", EXAMPLE, "--format", "json", "--as-of", "2022-03-01"], None);
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(r["as_of"], "2022-03-01");
}

/// Runs the CLI under libfaketime's `faketime` at `date`, or `None` when it is not installed.
fn run_at(date: &str, args: &[&str]) -> Option<Output> {
    let o = Command::new("faketime")
        .arg(date)
        .arg(env!("CARGO_BIN_EXE_digipolicy"))
        .args(args)
        .current_dir(root())
        .output()
        .ok()?;
    Some(o)
}

#[test]
fn the_same_input_gives_the_same_bytes_whatever_the_system_date() {
    let args = ["decide", EXAMPLE, "--format", "json"];
    let real = run(&args, None);
    assert_eq!(real.status.code(), Some(0), "{}", stderr(&real));
    let mut runs = 0;
    for date in ["2014-01-01 12:00:00", "2019-06-30 23:59:59", "2031-05-01 08:00:00"] {
        let Some(o) = run_at(date, &args) else { continue };
        assert_eq!(o.status.code(), Some(0), "at {date}: {}", stderr(&o));
        assert_eq!(o.stdout, real.stdout, "the output changed with the system date {date}");
        runs += 1;
    }
    // The test script installs faketime and requires it; elsewhere the test says it skipped.
    if std::env::var_os("DIGIPOLICY_REQUIRE_FAKETIME").is_some() {
        assert_eq!(runs, 3, "faketime is required (apt-get install faketime)");
    } else if runs == 0 {
        eprintln!("faketime is not installed: the fake-clock runs were skipped");
    }
}

#[test]
fn compare_sensitivity_and_align_commands() {
    let dir = std::env::temp_dir().join(format!("digipolicy-cli-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut lines = String::new();
    for name in ["video-consultations-in-house.json", "e-signature-market.json", "unit-wish-loses.json"] {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root().join("examples").join(name)).unwrap()).unwrap();
        lines.push_str(&v.to_string());
        lines.push('\n');
    }
    let file = dir.join("cases.jsonl");
    std::fs::write(&file, lines).unwrap();
    let o = run(&["compare", file.to_str().unwrap(), "--set", "weights.cost=3", "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("selection changed: 1"), "{out}");
    assert!(out.contains("2025-031: selection signera-saas → esign-national"), "{out}");
    let o = run(&["compare", file.to_str().unwrap(), "--set", "weights.price=3", "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown parameter `weights.price`"), "{}", stderr(&o));

    let o = run(&["sensitivity", "examples/e-signature-market.json", "--format", "json"], None);
    assert_eq!(o.status.code(), Some(0));
    let s: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(s["most_sensitive"], "delivery_ability");

    let o = run(&["align", "examples/align/initiatives.json", "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("og-1: How: Digital infrastructure. Why: Accessibility and simplification"), "{out}");
    assert!(out.contains("Tracing to no focus area: og-4"), "{out}");
}

#[test]
fn every_subcommand_has_help_and_typos_get_a_suggestion() {
    for command in [
        "decide",
        "review",
        "scope",
        "classify",
        "compare",
        "sensitivity",
        "align",
        "record",
        "verify",
        "schema",
        "policy",
        "completions",
    ] {
        let o = run(&[command, "--help"], None);
        assert_eq!(o.status.code(), Some(0), "{command}");
        assert!(stdout(&o).contains("Usage: digipolicy"), "{command}: {}", stdout(&o));
    }
    let o = run(&["decid", EXAMPLE], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("'decide'") && stderr(&o).contains("similar subcommand"), "{}", stderr(&o));
    let o = run(&["decide", EXAMPLE, "--formt", "json"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--format"), "{}", stderr(&o));
    let o = run(&["schema", "decisoin"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("decision"), "{}", stderr(&o));
}

#[test]
fn shell_completions_are_generated_from_the_parser() {
    let o = run(&["completions", "bash"], None);
    assert_eq!(o.status.code(), Some(0));
    let script = stdout(&o);
    assert!(script.contains("digipolicy") && script.contains("sensitivity") && script.contains("--lang"));
}

#[test]
fn a_closed_pipe_ends_quietly_and_hostile_names_do_not_panic() {
    use std::io::Read;
    // A big decision, read one byte of, then the pipe closes (as `| head -c 1` would).
    let reqs: Vec<serde_json::Value> =
        (0..2_000).map(|i| serde_json::json!({"id": format!("r{i}"), "priority": "should"})).collect();
    let case = serde_json::json!({
        "id": "pipe", "title": "t", "requirements": reqs,
        "candidates": [{"id": "c", "name": "n", "origin": "market", "covers": [], "cost": {"one_off_sek": 1, "yearly_sek": 1}, "strategic_importance": 3, "delivery_ability": 3}],
        "benefit_assessment": {"done": true},
    });
    let mut child = Command::new(env!("CARGO_BIN_EXE_digipolicy"))
        .args(["review", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(&mut stdin, case.to_string().as_bytes()).unwrap();
    drop(stdin);
    let mut stdout = child.stdout.take().unwrap();
    let mut one = [0u8; 1];
    stdout.read_exact(&mut one).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(matches!(out.status.code(), Some(0 | 141)), "{:?} {err}", out.status);
    // A file name that is not UTF-8 is a path like any other.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"no-such-\xff.json");
        let o = Command::new(env!("CARGO_BIN_EXE_digipolicy")).arg("decide").arg(name).output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
        assert!(!String::from_utf8_lossy(&o.stderr).contains("panicked"));
    }
    // Text that is not UTF-8 is invalid input, exit 2; so is more than the input limit.
    let o = run(&["decide", "-", "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(2));
    let mut child = Command::new(env!("CARGO_BIN_EXE_digipolicy"))
        .args(["decide", "-", "--lang", "en"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let _ = std::io::Write::write_all(&mut stdin, b"{\"id\": \"\xff\"}");
    drop(stdin);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not UTF-8 text"));
}

#[test]
fn the_text_report_escapes_control_characters_from_the_input() {
    let case = std::fs::read_to_string(root().join(EXAMPLE)).unwrap();
    // In JSON the control character is an escape; in the case it is the character itself.
    let case = case.replace("The region's own video platform", "Evil\\u001b[2J name\u{202e}");
    let o = run(&["decide", "-", "--lang", "en"], Some(&case));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{202e}'), "{out}");
    assert!(out.contains("Evil\\u{1b}[2J name\\u{202e}"), "{out}");
}

#[test]
fn decide_for_pipelines_jsonl_fail_on_json_errors_and_compact() {
    let good = serde_json::to_string(
        &serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(root().join(EXAMPLE)).unwrap()).unwrap(),
    )
    .unwrap();
    let blocked = std::fs::read_to_string(root().join("examples/blocked-no-benefit-assessment.json")).unwrap();
    let blocked = serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&blocked).unwrap()).unwrap();
    // JSON lines: one compact line per case, in order, a bad line reported and not fatal.
    let input = format!("{good}\n{{\"id\": 3}}\n\n{blocked}\n");
    let o = run(&["decide", "-", "--jsonl"], Some(&input));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["route"], "in_house");
    assert_eq!((lines[1]["code"].as_str(), lines[1]["path"].as_str()), (Some("wrong-type"), Some("id")));
    assert_eq!(lines[2]["status"], "blocked");
    // --fail-on: the output is still written, the status says what held.
    let o = run(&["decide", "-", "--jsonl", "--fail-on", "blocked"], Some(&format!("{good}\n{blocked}\n")));
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(stdout(&o).lines().count(), 2);
    let o = run(&["decide", EXAMPLE, "--fail-on", "blocked"], None);
    assert_eq!(o.status.code(), Some(0));
    let o = run(
        &[
            "decide",
            "examples/blocked-no-benefit-assessment.json",
            "--fail-on",
            "blocked",
            "--format",
            "json",
            "--compact",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(stdout(&o).lines().count(), 1, "compact is one line");
    // --format json: errors are the error schema's JSON on stderr.
    let o = run(&["decide", "-", "--format", "json"], Some("{\"id\": 3}"));
    assert_eq!(o.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_str(stderr(&o).trim()).unwrap();
    assert_eq!((report["code"].as_str(), report["path"].as_str()), (Some("wrong-type"), Some("id")));
    assert!(report["message"]["sv"].is_string() && report["message"]["en"].is_string());
    let o = run(&["decide", "no/such.json", "--format", "json"], None);
    assert_eq!(o.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_str(stderr(&o).trim()).unwrap();
    assert_eq!(report["input"], "request");
    // Options that do not apply are errors.
    assert_eq!(run(&["decide", EXAMPLE, "--compact"], None).status.code(), Some(2));
    assert_eq!(run(&["decide", "-", "--jsonl", "--format", "text"], Some(&good)).status.code(), Some(2));
}

#[test]
fn the_cli_reference_is_generated_from_the_parser() {
    // cli/REFERENCE.md is every command's --help, as clap prints it; re-record with
    // DIGIPOLICY_BLESS=1 after a change of the command line.
    let mut doc = String::from(
        "# `digipolicy` command-line reference\n\nGenerated from the command line's own `--help` by `cli/tests/cli.rs`; do not edit by hand.\n",
    );
    let commands = [
        "",
        "decide",
        "review",
        "scope",
        "classify",
        "compare",
        "sensitivity",
        "align",
        "record",
        "verify",
        "accounts",
        "memo",
        "schema",
        "policy",
        "completions",
    ];
    for command in commands {
        let args: Vec<&str> = if command.is_empty() { vec!["--help"] } else { vec![command, "--help"] };
        let o = run(&args, None);
        assert_eq!(o.status.code(), Some(0), "{command}");
        let title = if command.is_empty() { "digipolicy".to_owned() } else { format!("digipolicy {command}") };
        doc.push_str(&format!("\n## `{title}`\n\n```text\n{}```\n", stdout(&o)));
    }
    let path = root().join("cli/REFERENCE.md");
    if std::env::var_os("DIGIPOLICY_BLESS").is_some() {
        std::fs::write(&path, &doc).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == doc,
        "cli/REFERENCE.md differs from --help; run DIGIPOLICY_BLESS=1 cargo test -p digipolicy-cli"
    );
}

#[test]
fn record_and_verify_from_the_command_line() {
    let dir = std::env::temp_dir().join(format!("digipolicy-cli-record-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let o = run(&["record", EXAMPLE], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let record = dir.join("record.json");
    std::fs::write(&record, &o.stdout).unwrap();
    let o = run(&["verify", record.to_str().unwrap(), "--lang", "en"], None);
    assert_eq!((o.status.code(), stdout(&o).trim()), (Some(0), "ok"));
    let mut value: serde_json::Value = serde_json::from_slice(&std::fs::read(&record).unwrap()).unwrap();
    value["case"]["title"] = "edited".into();
    std::fs::write(&record, value.to_string()).unwrap();
    let o = run(&["verify", record.to_str().unwrap(), "--lang", "en", "--format", "json"], None);
    assert_eq!(o.status.code(), Some(3));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["verdict"], "tampered");
    let o = run(&["verify", "-", "--lang", "en"], Some("{}"));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn memo_from_the_command_line() {
    let o = run(&["memo", "examples/e-signature-with-evidence.json", "--lang", "en"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.contains("\n# Electronic signing") && md.contains("**DECISION MEMO**"), "{md}");
    assert!(md.contains("SEK 1,200,000"));
    let o = run(&["memo", "examples/e-signature-with-evidence.json", "--format", "html"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    // The memo is the library's, byte for byte.
    let case = std::fs::read_to_string(root().join("examples/e-signature-with-evidence.json")).unwrap();
    let registry = digipolicy::Registry::embedded().unwrap();
    let options =
        digipolicy::ffi::Options { lang: Some("sv".into()), format: Some("html".into()), ..Default::default() };
    assert_eq!(stdout(&o), digipolicy::ffi::run_json(&registry, "memo", &case, &options).unwrap());
    // An invalid case: exit 2 with the error in the memo's language.
    let o = run(&["memo", "-", "--lang", "en"], Some("{\"id\": 3}"));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid case"), "{}", stderr(&o));
    let o = run(&["memo", "examples/e-signature-with-evidence.json", "--format", "pdf"], None);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn accounts_from_the_command_line_match_the_library() {
    let dir = std::env::temp_dir().join(format!("digipolicy-cli-accounts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases = std::fs::read_to_string(root().join("tests/portfolio/cases.jsonl")).unwrap();
    let mut records = String::new();
    for line in cases.lines() {
        let o = run(&["record", "-", "--format", "json", "--compact"], Some(line));
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        records.push_str(&stdout(&o));
    }
    let path = dir.join("records.jsonl");
    std::fs::write(&path, &records).unwrap();
    let p = path.to_str().unwrap();
    let o = run(&["accounts", p, "--year", "2020", "--format", "json"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let expected = std::fs::read_to_string(root().join("tests/portfolio/accounts-2020.json")).unwrap();
    assert_eq!(stdout(&o), expected);
    let o = run(&["accounts", p, "--year", "2020"], None);
    let text = stdout(&o);
    assert!(text.contains("Digitaliseringsbokslut 2020") && text.contains("Innovationsbokslut 2020"), "{text}");
    assert!(text.contains("16,7 %") && text.contains("1 180 000 kr"), "{text}");
    let o = run(&["accounts", p, "--year", "2020", "--format", "md", "--lang", "en"], None);
    assert!(stdout(&o).contains("| Share of in-house reuse | 16.7% | 33.3% | −16.7 percentage points |"));
    let o = run(&["accounts", p, "--year", "2020", "--format", "html"], None);
    assert!(stdout(&o).contains("<h2>Digitaliseringsbokslut 2020</h2>"));
    // Options that do not apply, and a line that is not a record.
    let o = run(&["accounts", p, "--year", "2020", "--compact"], None);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["accounts", "-", "--year", "2020", "--format", "json"], Some("{\"case\": {}}\n"));
    assert_eq!(o.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_str(&stderr(&o)).unwrap();
    assert_eq!((report["input"].as_str(), report["path"].as_str()), (Some("record"), Some("[0].input_digest")));
    // The same years as Python and JavaScript: 1–9999.
    for year in ["0", "10000", "-1", "65535"] {
        let o = run(&["accounts", p, "--year", year], None);
        assert_eq!(o.status.code(), Some(2), "--year {year}");
        assert!(stderr(&o).contains("år") && !stderr(&o).contains("panicked"), "{}", stderr(&o));
    }
    // Read as a stream: the same records three times (pretty, one after another) are
    // counted once each and the repeats listed; from standard input too.
    let pretty: String = records
        .lines()
        .map(|l| serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(l).unwrap()).unwrap() + "\n")
        .collect();
    let thrice = format!("{pretty}{pretty}{pretty}");
    let o = run(&["accounts", "-", "--year", "2020", "--format", "json"], Some(&thrice));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let a: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!((a["records"]["given"].as_u64(), a["records"]["duplicates"].as_u64()), (Some(39), Some(26)));
    assert_eq!(a["digitalisation"], serde_json::from_str::<serde_json::Value>(&expected).unwrap()["digitalisation"]);
    assert!(stderr(&o).is_empty(), "no progress line in a pipe: {}", stderr(&o));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_readme_commands_for_records_memos_and_accounts_run() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let from = readme.find("## Records, memos and the yearly accounts").unwrap();
    let start = readme[from..].find("```sh\n").unwrap() + from + 6;
    let end = readme[start..].find("```").unwrap() + start;
    let lines: Vec<&str> = readme[start..end].lines().collect();
    assert_eq!(lines.len(), 6);
    for line in lines {
        let args: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(args[0], "digipolicy");
        let o = run(&args[1..], None);
        assert_eq!(o.status.code(), Some(0), "{line}: {}", stderr(&o));
        assert!(!o.stdout.is_empty(), "{line}");
    }
}

/// The text report cites clauses as a person does and asks for missing evidence in words:
/// no clause id and no pack id anywhere, no field path where it lists what would settle the
/// review, and the Swedish counts in their plural.
#[test]
fn the_text_report_cites_clauses_and_asks_in_words() {
    for example in std::fs::read_dir(root().join("examples")).unwrap() {
        let path = example.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        for lang in ["sv", "en"] {
            let o = run(&["decide", path.to_str().unwrap(), "--lang", lang], None);
            let report = stdout(&o);
            assert!(!report.is_empty(), "{path:?}: {}", stderr(&o));
            for id in ["policy:", "-strategy:", "sll-2016", "(as_of)", "Spår", "Trace"] {
                assert!(!report.contains(id), "{path:?} {lang}: `{id}` in\n{report}");
            }
            let settle = report.split(if lang == "sv" { "Det här skulle avgöra" } else { "What would settle" }).nth(1);
            let settle = settle.map(|s| s.split("\n\n").next().unwrap_or_default()).unwrap_or_default();
            for path_part in ["evidence.", "governing_documents.", "e_service.", "_"] {
                assert!(!settle.contains(path_part), "{path:?} {lang}: `{path_part}` in\n{settle}");
            }
        }
    }
    let sv = stdout(&run(&["decide", EXAMPLE, "--lang", "sv"], None));
    assert!(sv.contains("(2 uppfyllda, 0 ej uppfyllda, 11 okända, 1 ej tillämplig)"), "{sv}");
    assert!(sv.contains("Samordnad anskaffning (policyn § 5.9)"), "{sv}");
}
