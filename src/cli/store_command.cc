#include <filesystem>

#include "inputs.h"
#include "report_output.h"
#include "sigaudit/cli/commands.h"
#include "sigaudit/report/renderer.h"

namespace sigaudit {

void bind_store(CLI::App& command, StoreOptions& options) {
    command.require_subcommand(1);
    CLI::App* status = command.add_subcommand(
        "status",
        "Per repository and list: items, high-water mark, last syncs, future-dated items");
    status
        ->add_option(
            "--store", options.store,
            "SQLite store (default: the config's, else " + std::string(defaults::kStore) + ")")
        ->type_name("FILE");
    status->add_option("--config", options.config, "sigaudit.yaml, for its store: and time_zone:")
        ->check(CLI::ExistingFile.description(""))
        ->type_name("FILE")
        ->type_name("FILE");
    add_output_flags(*status, options.output, formats_of<StoreReport>());
}

ExitCode run_store(const StoreOptions& options, Deps& deps) {
    const Config config = load_config_flag(options.config);
    const std::string path = !options.store.empty()  ? options.store
                             : !config.store.empty() ? config.store
                                                     : default_store_path(deps);
    // Looking must not create: a mistyped path is named, not made.
    if (!std::filesystem::exists(path)) {
        throw DataSourceError("there is no store at " + path,
                              "check --store (or the config's store:), or fetch first: sigaudit "
                              "fetch --store " +
                                  path);
    }
    const Store store = deps.open_store(path, Deps::StoreUse::read);
    const StoreReport report{path, store.size_bytes(), store.status(), config.time_zone};
    print_report(report, options.output, deps);
    return kExitOk;
}

}  // namespace sigaudit
