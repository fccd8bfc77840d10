#pragma once

#include <string>
#include <vector>

#include "sigaudit/common/diagnostic.h"
#include "sigaudit/common/text_file.h"
#include "sigaudit/evidence/evidence.h"

namespace sigaudit {

// Everything wrong with a ledger, not only the first problem, for a tool that
// lists them all. `evidence` holds the entries that could be read.
struct EvidenceParse {
    Evidence evidence;
    std::vector<Diagnostic> diagnostics;  // errors, by position in the file
};

// Reads an evidence.yaml ledger. Throws InputError only when the text is not
// YAML (`yaml-syntax`, `multiple-documents`); every other problem becomes a
// diagnostic with one of the codes:
//   evidence-not-mapping    the top level or an entry is not a mapping
//   evidence-not-list       `evidence:` holds something other than a list
//   evidence-missing-field  no `evidence:` key, or an entry without login, type or date
//   evidence-unknown-key    a key the format does not define (a typo, usually)
//   evidence-duplicate-key  a key written twice in one entry
//   evidence-not-text       a field holding a list or a mapping
//   evidence-bad-login      a login that is not a Gitee login
//   evidence-unknown-type   a type outside the fourteen known ones
//   evidence-bad-date       a date that is not a real YYYY-MM-DD day
//   evidence-bad-count      a count that is not a whole number from 1 to 1,000,000
//   evidence-bad-url        a url that is not an http(s) link
//   evidence-too-large      aliases that spell out far more than the text holds (reading stops)
EvidenceParse parse_evidence(const TextFile& file);

// The ledger in `file`, or InputError carrying the first problem (by
// position); its message names file:line:column and how many more problems
// the file holds. An empty file, `evidence:` with nothing, and `evidence: []`
// give an empty ledger.
Evidence load_evidence(const TextFile& file);
// Reads `path` (see read_text_file for the errors that adds) and loads it.
Evidence load_evidence_file(const std::string& path);

}  // namespace sigaudit
