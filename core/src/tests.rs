//! Unit tests of the decision as a whole.
