#pragma once

// Lookups in sigaudit's JSON reports (sigaudit/report@1), for tests that
// read the real binary's output.

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

namespace sigaudit::testing {

// A person's result for `rule`; fails the test when there is none.
inline const nlohmann::json& rule_json(const nlohmann::json& person, const std::string& rule) {
    for (const nlohmann::json& result : person["results"]) {
        if (result["rule"] == rule) {
            return result;
        }
    }
    FAIL("no rule " << rule);
    static const nlohmann::json none;
    return none;
}

// The criterion `id` anywhere below `node`, or nullptr.
inline const nlohmann::json* find_criterion_json(const nlohmann::json& node,
                                                 const std::string& id) {
    if (node.contains("id") && node["id"] == id) {
        return &node;
    }
    if (node.contains("criteria")) {
        for (const nlohmann::json& child : node["criteria"]) {
            if (const nlohmann::json* found = find_criterion_json(child, id)) {
                return found;
            }
        }
    }
    return nullptr;
}

}  // namespace sigaudit::testing
