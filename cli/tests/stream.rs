//! `decide --jsonl` streams (issue 23): the first result comes out before the last line is
//! read, a line over the input limit is an error of its own while the other lines are
//! decided, and a reader that stops early ends the process quietly.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn case_line(id: &str) -> String {
    let text = std::fs::read_to_string(root().join("examples/nothing-fits.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["id"] = serde_json::Value::from(id);
    format!("{}\n", serde_json::to_string(&v).unwrap())
}

fn spawn() -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_digipolicy"))
        .args(["decide", "--jsonl", "-"])
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn the_first_result_comes_out_before_the_last_line_is_written() {
    let mut child = spawn();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    stdin.write_all(case_line("first").as_bytes()).unwrap();
    stdin.flush().unwrap();
    // The input is still open: a batch reader would wait here for ever.
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(line.starts_with("{\"case_id\":\"first\""), "{line}");
    stdin.write_all(case_line("second").as_bytes()).unwrap();
    drop(stdin);
    line.clear();
    stdout.read_line(&mut line).unwrap();
    assert!(line.starts_with("{\"case_id\":\"second\""), "{line}");
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn a_line_over_the_limit_is_reported_and_the_others_are_decided() {
    let mut input = case_line("before");
    input.push_str(&format!("{{\"id\": \"{}\"}}\n", "x".repeat(17 * 1024 * 1024)));
    input.push_str(&case_line("after"));
    input.push_str("not json\n");
    let path = std::env::temp_dir().join(format!("digipolicy-stream-{}.jsonl", std::process::id()));
    std::fs::write(&path, input).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_digipolicy")).args(["decide", "--jsonl"]).arg(&path).output().unwrap();
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(2));
    let lines: Vec<serde_json::Value> =
        String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["case_id"], "before");
    assert_eq!(lines[1]["code"], "limit-exceeded");
    assert!(lines[1]["message"]["en"].as_str().unwrap().starts_with("line 2 is longer than"), "{}", lines[1]);
    assert_eq!(lines[2]["case_id"], "after");
    assert_eq!(lines[3]["code"], "invalid-json");
}

#[test]
fn a_reader_that_stops_early_ends_the_process_quietly() {
    let mut child = spawn();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        // Far more than a pipe holds; the writes fail once the process has ended.
        for i in 0..2000 {
            if stdin.write_all(case_line(&format!("c{i}")).as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(line.starts_with("{\"case_id\":\"c0\""));
    drop(stdout);
    let status = child.wait().unwrap();
    writer.join().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(141), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}
