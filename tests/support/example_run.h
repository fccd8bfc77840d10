#pragma once
// The bundled example, as scripts/run-example.sh runs it: the example SIG's
// roster, ledger and config over the snapshot store, offline.
#include <string>
#include <vector>

namespace sigaudit::testing {

inline const std::string kExampleStore =
    std::string(SIGAUDIT_SOURCE_DIR) + "/examples/snapshot/gitee.db";

// `sigaudit audit` of the example over `store` (no --as-of: callers add it).
inline std::vector<std::string> example_audit(const std::string& store) {
    const std::string examples = std::string(SIGAUDIT_SOURCE_DIR) + "/examples/";
    return {"audit",    examples + "sig_members.yaml", "--evidence", examples + "evidence.yaml",
            "--config", examples + "sigaudit.yaml",    "--store",    store,
            "--offline"};
}

}  // namespace sigaudit::testing
