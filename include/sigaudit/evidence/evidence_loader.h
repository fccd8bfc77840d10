#pragma once

#include "sigaudit/common/loaded.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/evidence/evidence.h"

namespace sigaudit {

// Reads an evidence.yaml ledger. Every problem in the file is a finding (the
// evidence-* codes, and yaml-syntax or multiple-documents for text that is
// not one YAML document); the ledger is usable only when there is none, so a
// half-read fact never counts. An empty file, `evidence:` with nothing, and
// `evidence: []` give an empty ledger. Never throws for what the file holds.
Loaded<Evidence> load_evidence(const TextFile& file);

// Whether a file given to `sigaudit lint` is a ledger rather than a roster:
// its name starts with "evidence", or a line starts with the top-level
// `evidence:` key (no roster has one).
bool looks_like_ledger(const TextFile& file);

}  // namespace sigaudit
