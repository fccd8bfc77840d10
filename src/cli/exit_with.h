#pragma once

namespace sigaudit {

// Thrown by a command's wiring once it has told the user what went wrong;
// main returns the code without printing anything more.
struct ExitWith {
    int code;
};

}  // namespace sigaudit
