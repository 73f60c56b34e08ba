//! Cuts a stream of JSON objects into the text of one object at a time, so that a year of
//! decision records is read in memory bounded by its largest record, not by the year: the
//! objects as a JSON array (`[{…}, {…}]`), as JSON lines, or one after another separated by
//! white space (as `record` writes them, pretty). Bytes are pushed in chunks of any size
//! (a chunk may end inside a record, a string or a UTF-8 character); each complete object
//! comes out with its index and the line it starts on, and is then read by the strict reader
//! like any other input. The cutter only follows strings and nesting: everything else about
//! the object (its syntax, keys, limits) is the reader's to check.
//!
//! Work is linear in the bytes pushed: every byte is looked at once, and the buffer holds at
//! most the object being read.

use crate::error::{ErrorCode, Problem};
use crate::message::Arg;
use crate::words::w;

/// One object cut from the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Its place in the stream, from 0.
    pub index: usize,
    /// The line it starts on, from 1.
    pub line: usize,
    /// Its JSON text.
    pub text: String,
}

/// Where the cutter stands between objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Between {
    /// Nothing read yet but white space: an array or a stream may start.
    Start,
    /// Objects one after another (JSON lines or pretty): another may start.
    Stream,
    /// Inside the outer array, where an item must come (after `[` or `,`).
    ArrayItem { first: bool },
    /// Inside the outer array, after an item: `,` or `]`.
    ArrayNext,
    /// After the outer array's `]`: only white space.
    ArrayEnd,
}

/// A cutter of JSON objects; see the module's documentation.
#[derive(Debug, Clone)]
pub struct Splitter {
    buf: Vec<u8>,
    /// How far `buf` has been looked at.
    at: usize,
    /// Where the object being read starts in `buf`, when one is.
    start: Option<usize>,
    depth: usize,
    in_string: bool,
    escaped: bool,
    between: Between,
    in_array: bool,
    /// The line `buf[at]` is on, and the line the object being read started on.
    line: usize,
    start_line: usize,
    index: usize,
    max_bytes: usize,
    /// Set once the stream is found broken: nothing more is cut.
    broken: bool,
}

impl Splitter {
    /// A cutter whose objects may each have at most `max_bytes` bytes (the per-input limit).
    pub fn new(max_bytes: usize) -> Splitter {
        Splitter {
            buf: Vec::new(),
            at: 0,
            start: None,
            depth: 0,
            in_string: false,
            escaped: false,
            between: Between::Start,
            in_array: false,
            line: 1,
            start_line: 1,
            index: 0,
            max_bytes,
            broken: false,
        }
    }

    /// Adds bytes to the stream.
    pub fn push(&mut self, chunk: &[u8]) {
        // Drop what was cut already before growing: the buffer holds one object at most.
        let keep_from = self.start.unwrap_or(self.at);
        if keep_from > 0 && keep_from >= self.buf.len() / 2 {
            self.buf.drain(..keep_from);
            self.at -= keep_from;
            self.start = self.start.map(|s| s - keep_from);
        }
        self.buf.extend_from_slice(chunk);
    }

    /// The next complete object, an error where the stream breaks (after which nothing more
    /// is cut), or `None` when more bytes are needed.
    pub fn next_piece(&mut self) -> Option<Result<Piece, Problem>> {
        if self.broken {
            return None;
        }
        let result = self.scan();
        if matches!(result, Some(Err(_))) {
            self.broken = true;
        }
        result
    }

    /// Ends the stream: an error when it stops inside an object or an unclosed array (the
    /// object as far as it goes is read by the reader, which says where it stops).
    pub fn finish(&mut self) -> Result<Option<Piece>, Problem> {
        if self.broken {
            return Ok(None);
        }
        self.broken = true;
        if let Some(start) = self.start {
            // A truncated object: the reader names where it stops.
            let text = self.text(start, self.buf.len())?;
            return Ok(Some(Piece { index: self.index, line: self.start_line, text }));
        }
        if self.at < self.buf.len() {
            // Bytes left that start nothing (a byte-order mark cut short).
            return Err(self.not_an_object());
        }
        if self.in_array && self.between != Between::ArrayEnd {
            return Err(self.stops_here(w!(SPLIT_ARRAY_NOT_CLOSED).text()));
        }
        Ok(None)
    }

    fn scan(&mut self) -> Option<Result<Piece, Problem>> {
        loop {
            if self.start.is_some() {
                return self.inside();
            }
            let &b = self.buf.get(self.at)?;
            self.at += 1;
            if b == b'\n' {
                self.line += 1;
            }
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
                continue;
            }
            // A byte-order mark at the very start, as RFC 8259 allows.
            if self.between == Between::Start && b == 0xEF && self.at == 1 {
                if self.buf.len() < 3 {
                    self.at -= 1;
                    return None;
                }
                if self.buf.get(1..3) == Some(b"\xBB\xBF".as_slice()) {
                    self.at = 3;
                    continue;
                }
            }
            match (self.between, b) {
                (Between::Start, b'[') => {
                    self.in_array = true;
                    self.between = Between::ArrayItem { first: true };
                }
                (Between::Start | Between::Stream | Between::ArrayItem { .. }, b'{') => {
                    self.start = Some(self.at - 1);
                    self.start_line = self.line;
                    self.depth = 1;
                }
                (Between::ArrayItem { first: true } | Between::ArrayNext, b']') => self.between = Between::ArrayEnd,
                (Between::ArrayNext, b',') => self.between = Between::ArrayItem { first: false },
                (Between::Start | Between::Stream | Between::ArrayItem { .. }, _) => {
                    return Some(Err(self.not_an_object()));
                }
                (Between::ArrayNext | Between::ArrayEnd, _) => {
                    return Some(Err(self.stops_here(w!(SPLIT_NOT_AFTER_ITEM).text())));
                }
            }
        }
    }

    /// Reads on inside an object: the piece when it closes, `None` when the bytes run out
    /// first. A tight loop over the bytes (this is most of the work of reading a year):
    /// strings are skipped to their next quote or backslash at once.
    fn inside(&mut self) -> Option<Result<Piece, Problem>> {
        let start = self.start?;
        let (mut at, mut depth, mut in_string, mut escaped, mut lines) =
            (self.at, self.depth, self.in_string, self.escaped, 0usize);
        let bytes = self.buf.as_slice();
        let mut closed = false;
        while let Some(&b) = bytes.get(at) {
            at += 1;
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'"' {
                    in_string = false;
                } else if b == b'\\' {
                    escaped = true;
                } else {
                    // To the next quote or backslash in one step.
                    let rest = bytes.get(at..).unwrap_or_default();
                    at += rest.iter().position(|&c| c == b'"' || c == b'\\').unwrap_or(rest.len());
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        closed = true;
                        break;
                    }
                }
                b'\n' => lines += 1,
                _ => {}
            }
        }
        (self.at, self.depth, self.in_string, self.escaped) = (at, depth, in_string, escaped);
        self.line += lines;
        if at - start > self.max_bytes {
            return Some(Err(self.too_large()));
        }
        if !closed {
            return None;
        }
        self.start = None;
        let piece = self.text(start, at).map(|text| {
            let piece = Piece { index: self.index, line: self.start_line, text };
            self.index += 1;
            piece
        });
        self.between = if self.in_array { Between::ArrayNext } else { Between::Stream };
        Some(piece)
    }

    fn text(&self, start: usize, end: usize) -> Result<String, Problem> {
        let bytes = self.buf.get(start..end).unwrap_or_default();
        String::from_utf8(bytes.to_vec()).map_err(|_| {
            Problem::new(
                ErrorCode::InvalidJson,
                self.path(),
                w!(SplitNotUtf8 { line: Arg::count(self.start_line) }).text(),
            )
        })
    }

    /// The path of the object being read (or about to be): its index.
    fn path(&self) -> String {
        format!("[{}]", self.index)
    }

    fn not_an_object(&self) -> Problem {
        Problem::new(ErrorCode::WrongType, self.path(), w!(SplitNotAnObject { line: Arg::count(self.line) }).text())
            .with_hint(w!(RECORD_DECISION_RECORD_WHAT_RECORD).text())
    }

    fn stops_here(&self, what: crate::text::Text) -> Problem {
        Problem::new(ErrorCode::InvalidJson, "", what).with_hint(w!(SplitAtLine { line: Arg::count(self.line) }).text())
    }

    fn too_large(&self) -> Problem {
        Problem::new(
            ErrorCode::LimitExceeded,
            self.path(),
            w!(SplitRecordOverLimit {
                line: Arg::count(self.start_line),
                max_input_bytes: Arg::Str(self.max_bytes.to_string().into())
            })
            .text(),
        )
        .with_hint(w!(SCAN_SPLIT_INPUT_OR_RAISE).text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces cut (index, line, text) and where it broke (code, path).
    type Cut = (Vec<(usize, usize, String)>, Option<(ErrorCode, String)>);

    /// Every piece and the error, pushing `text` in chunks of `size` bytes.
    fn cut(text: &str, size: usize) -> Cut {
        let mut s = Splitter::new(1000);
        let mut out = Vec::new();
        for chunk in text.as_bytes().chunks(size.max(1)) {
            s.push(chunk);
            while let Some(p) = s.next_piece() {
                match p {
                    Ok(p) => out.push((p.index, p.line, p.text)),
                    Err(e) => return (out, Some((e.code, e.path))),
                }
            }
        }
        match s.finish() {
            Ok(Some(p)) => out.push((p.index, p.line, p.text)),
            Ok(None) => {}
            Err(e) => return (out, Some((e.code, e.path))),
        }
        (out, None)
    }

    #[test]
    fn objects_are_cut_alike_from_lines_pretty_text_and_an_array_in_any_chunks() {
        let texts = [
            "{\"a\":1}\n{\"b\":\"}{\\\"\"}\n",
            "{\n  \"a\": 1\n}\n{\n  \"b\": \"}{\\\"\"\n}",
            "[{\"a\":1},\n {\"b\":\"}{\\\"\"}]",
            "\u{feff}[ {\"a\":1} , {\"b\":\"}{\\\"\"} ] ",
        ];
        for text in texts {
            for size in [1, 2, 3, 7, 1000] {
                let (pieces, error) = cut(text, size);
                assert_eq!(error, None, "{text:?} in chunks of {size}");
                let bodies: Vec<String> =
                    pieces.iter().map(|p| p.2.chars().filter(|c| !c.is_whitespace()).collect()).collect();
                assert_eq!(bodies, ["{\"a\":1}", "{\"b\":\"}{\\\"\"}"], "{text:?} in chunks of {size}");
            }
        }
        let (pieces, _) = cut("{\n\"a\": 1\n}\n\n{\"b\": [2]}", 4);
        assert_eq!(pieces.iter().map(|p| (p.0, p.1)).collect::<Vec<_>>(), [(0, 1), (1, 5)]);
        assert_eq!(cut("", 3), (vec![], None));
        assert_eq!(cut("[]", 1), (vec![], None));
        assert_eq!(cut("\u{feff}", 1), (vec![], None));
        assert_eq!(cut("\u{feff}", 2).1, None);
    }

    #[test]
    fn a_broken_stream_is_an_error_at_its_place() {
        assert_eq!(cut("{\"a\":1} 3", 2).1, Some((ErrorCode::WrongType, "[1]".into())));
        assert_eq!(cut("[{\"a\":1} {\"b\":1}]", 2).1, Some((ErrorCode::InvalidJson, String::new())));
        assert_eq!(cut("[{\"a\":1},]", 2).1, Some((ErrorCode::WrongType, "[1]".into())));
        assert_eq!(cut("[{\"a\":1}", 2).1, Some((ErrorCode::InvalidJson, String::new())));
        assert_eq!(cut("[{\"a\":1}] {}", 2).1, Some((ErrorCode::InvalidJson, String::new())));
        // A truncated object comes out whole as far as it goes, for the reader to place.
        let (pieces, error) = cut("{\"a\":1}\n{\"b\": [1, ", 3);
        assert_eq!((pieces.len(), error), (2, None));
        assert_eq!(pieces[1].2, "{\"b\": [1, ");
        let big = format!("{{\"a\":\"{}\"}}", "x".repeat(2000));
        assert_eq!(cut(&big, 64).1, Some((ErrorCode::LimitExceeded, "[0]".into())));
        let mut s = Splitter::new(1000);
        s.push(b"\xEF");
        assert!(s.next_piece().is_none());
        assert_eq!(s.finish().map_err(|e| e.code), Err(ErrorCode::WrongType));
        let mut s = Splitter::new(1000);
        s.push(b"{\"a\":\"\xff\"}");
        assert_eq!(s.next_piece().map(|p| p.map_err(|e| e.code)), Some(Err(ErrorCode::InvalidJson)));
    }
}
