//! Reading and reporting long inputs as a stream: lines held to a limit each, and a progress
//! line on a terminal.

use std::io::{BufRead, BufReader, IsTerminal, Read, Write};
use std::time::Instant;

use crate::command::Failure;
use crate::report::word_with;
use digipolicy::Text;

/// The lines of an input, each at most `max` bytes: a longer line is skipped to its end and
/// reported, so one bad line costs neither memory nor the lines after it.
pub struct Lines<R> {
    input: R,
    max: usize,
    number: usize,
    read: u64,
    ended: bool,
}

impl<R: Read> Lines<BufReader<R>> {
    /// Whether the reader holds no more input already read, so that the next line needs a
    /// read that may wait (found without reading).
    pub fn nothing_buffered(&self) -> bool {
        self.ended || self.input.buffer().is_empty()
    }
}

impl<R: BufRead> Lines<R> {
    /// The lines of `input`, each at most `max` bytes.
    pub fn new(input: R, max: usize) -> Self {
        Lines { input, max, number: 0, read: 0, ended: false }
    }

    /// How many bytes have been read so far.
    pub fn bytes_read(&self) -> u64 {
        self.read
    }

    /// The next line without its line break, an error of a line that is too long, not
    /// UTF-8 or unreadable, or `None` at the end of the input.
    pub fn next_line(&mut self) -> Option<Result<String, Failure>> {
        if self.ended {
            return None;
        }
        let mut bytes = Vec::new();
        let mut too_long = false;
        loop {
            let chunk = match self.input.fill_buf() {
                Ok(chunk) => chunk,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.ended = true;
                    let (sv, en) = (format!("kan inte läsa indata: {e}"), format!("cannot read the input: {e}"));
                    return Some(Err(Failure::Other(Text::new(sv, en))));
                }
            };
            if chunk.is_empty() {
                self.ended = true;
                if bytes.is_empty() && !too_long {
                    return None;
                }
                break;
            }
            let (take, end) = match chunk.iter().position(|b| *b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                bytes.extend_from_slice(chunk.get(..take).unwrap_or_default());
                if bytes.len() > self.max + 1 {
                    too_long = true;
                    bytes = Vec::new();
                }
            }
            self.input.consume(take);
            self.read += take as u64;
            if end {
                break;
            }
        }
        self.number += 1;
        if too_long {
            return Some(Err(line_too_long(self.number, self.max)));
        }
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
        }
        Some(String::from_utf8(bytes).map_err(|e| not_utf8(self.number, e.utf8_error().valid_up_to())))
    }
}

fn line_too_long(line: usize, max: usize) -> Failure {
    let text = word_with("cli-line-too-long", &[&line.to_string(), &max.to_string()]);
    line_problem(digipolicy::ErrorCode::LimitExceeded, text)
}

fn not_utf8(line: usize, at: usize) -> Failure {
    let text = word_with("cli-line-not-utf8", &[&at.to_string(), &line.to_string()]);
    line_problem(digipolicy::ErrorCode::InvalidJson, text)
}

/// A line that cannot be a case, as the error report of a case.
fn line_problem(code: digipolicy::ErrorCode, text: Text) -> Failure {
    Failure::Report(digipolicy::ffi::ErrorReport::single("case", digipolicy::Problem::new(code, "", text)))
}

/// A progress line on standard error while a long input is read, when standard error is a
/// terminal (silent in pipes and CI): lines done, the rate, and the time left when the
/// input's size is known. It is display only; nothing it measures reaches the output.
pub struct Progress {
    shown: bool,
    size: Option<u64>,
    started: Instant,
    last: Instant,
    lines: u64,
    /// What is counted, in Swedish and English (`rader/lines`).
    unit: &'static str,
}

impl Progress {
    /// A progress line for an input of `size` bytes, when known, counting lines.
    pub fn new(size: Option<u64>) -> Self {
        Progress::counting(size, "rader/lines")
    }

    /// A progress line counting `unit` (Swedish/English, e.g. `poster/records`).
    pub fn counting(size: Option<u64>, unit: &'static str) -> Self {
        let now = Instant::now();
        Progress { shown: std::io::stderr().is_terminal(), size, started: now, last: now, lines: 0, unit }
    }

    /// One more line done, `read` bytes read so far; redrawn at most twice a second.
    pub fn tick(&mut self, read: u64) {
        self.update(self.lines + 1, read);
    }

    /// `done` units done, `read` bytes read so far; redrawn at most twice a second.
    pub fn update(&mut self, done: u64, read: u64) {
        self.lines = done;
        if !self.shown || self.last.elapsed().as_millis() < 500 {
            return;
        }
        self.last = Instant::now();
        let secs = self.started.elapsed().as_secs_f64().max(0.001);
        let rate = self.lines as f64 / secs;
        let left = match self.size {
            Some(size) if read > 0 && size > read => {
                format!(", ~{:.0} s kvar/left", secs * (size - read) as f64 / read as f64)
            }
            _ => String::new(),
        };
        let _ = write!(std::io::stderr().lock(), "\r{} {}, {rate:.0}/s{left}   ", self.lines, self.unit);
    }

    /// Ends the progress line.
    pub fn finish(&mut self) {
        if self.shown && self.started.elapsed().as_millis() >= 500 {
            let _ = writeln!(std::io::stderr().lock());
        }
    }
}
