//! An apply's progress on stderr. On a terminal, a bar redrawn in place: operations done of
//! the total, the phase in words, the rate and the time left. Otherwise plain records (text
//! or JSON lines): one when a phase starts, one each tenth of the work, one at the end, each
//! with `phase`, `done`, `total`, `rate` (operations a second) and `seconds_left`.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use celonis_scim::sync::Progress;

/// How often the terminal bar is redrawn at most.
const REDRAW: Duration = Duration::from_millis(100);

/// The width of the terminal bar's gauge.
const GAUGE: usize = 24;

/// Progress of one apply.
pub struct Bar {
    terminal: bool,
    started: Instant,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    phase: String,
    drawn: Option<Instant>,
    tenth: usize,
}

impl Bar {
    /// A bar on stderr when it is a terminal (and the log format is text), plain records
    /// otherwise.
    pub fn new() -> Self {
        Bar { terminal: std::io::stderr().is_terminal() && !crate::stderr::is_json(), started: Instant::now(), state: Mutex::new(State::default()) }
    }

    /// Shows where the apply stands.
    pub fn draw(&self, p: &Progress<'_>) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let new_phase = state.phase != p.phase;
        let finished = p.done >= p.total;
        let elapsed = self.started.elapsed();
        let rate = if elapsed.as_secs_f64() > 0.0 { p.done as f64 / elapsed.as_secs_f64() } else { 0.0 };
        let left = (rate > 0.0 && !finished).then(|| (p.total - p.done) as f64 / rate);
        if self.terminal {
            if new_phase || finished || state.drawn.is_none_or(|at| at.elapsed() >= REDRAW) {
                state.drawn = Some(Instant::now());
                let filled = (p.done * GAUGE).checked_div(p.total).unwrap_or(GAUGE).min(GAUGE);
                let tail = left.map(|s| format!(", about {} left", duration(s))).unwrap_or_default();
                let line = format!("[{}{}] {}/{} {}  {rate:.0}/s{tail}", "#".repeat(filled), "-".repeat(GAUGE - filled), p.done, p.total, p.phase_in_words());
                let mut err = std::io::stderr().lock();
                let _ = write!(err, "\r\x1b[2K{line}");
                let _ = err.flush();
            }
        } else {
            let tenth = (p.done * 10).checked_div(p.total).unwrap_or(10);
            if new_phase || tenth > state.tenth || finished {
                state.tenth = tenth;
                let message = if finished {
                    format!("All {} operations finished in {} ({rate:.0}/s)", p.total, duration(elapsed.as_secs_f64()))
                } else {
                    let tail = left.map(|s| format!(", about {} left", duration(s))).unwrap_or_default();
                    let words = p.phase_in_words();
                    let mut said = words.chars();
                    let words: String = said.next().map(|c| c.to_uppercase().chain(said).collect()).unwrap_or_default();
                    format!("{words}: {} of {} operations done ({rate:.0}/s{tail})", p.done, p.total)
                };
                let fields = serde_json::json!({
                    "phase": p.phase, "done": p.done, "total": p.total,
                    "rate": (rate * 10.0).round() / 10.0, "seconds_left": left.map(|s| s.round()),
                });
                crate::stderr::say("info", &message, fields);
            }
        }
        if new_phase {
            state.phase = p.phase.to_owned();
        }
    }

    /// Ends the bar's line on a terminal.
    pub fn finish(&self) {
        if self.terminal {
            eprintln!();
        }
    }
}

/// Seconds for people: `40 ms`, `3.2 s`, `12 s`, `3 min 5 s`, `1 h 2 min`.
fn duration(seconds: f64) -> String {
    let s = seconds.round() as u64;
    match s {
        _ if seconds < 1.0 => format!("{} ms", (seconds.max(0.0) * 1000.0).round()),
        0..60 => format!("{:.1} s", seconds).replace(".0 s", " s"),
        60..3600 => format!("{} min {} s", s / 60, s % 60),
        _ => format!("{} h {} min", s / 3600, s % 3600 / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_for_people() {
        assert_eq!(duration(0.042), "42 ms");
        assert_eq!(duration(3.24), "3.2 s");
        assert_eq!(duration(12.0), "12 s");
        assert_eq!(duration(185.0), "3 min 5 s");
        assert_eq!(duration(3720.0), "1 h 2 min");
    }
}
