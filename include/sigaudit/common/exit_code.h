#pragma once

namespace sigaudit {

// The exit codes every command shares (docs/architecture.md, "How a command runs").
enum ExitCode : int {
    kExitOk = 0,          // success, nothing wrong
    kExitFindings = 1,    // the check found something: lint errors, an unjustified addition
    kExitBadInput = 2,    // bad invocation, or an unreadable or invalid input file
    kExitDataSource = 3,  // network, API or store failure
};

}  // namespace sigaudit
