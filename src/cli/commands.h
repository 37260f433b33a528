// The subcommands: each file registers one on the app and runs it with the shared context.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/app_context.h"

namespace prepkit::cli {

// Each adds its subcommand; when it is chosen and parsed, its run sets *exit_code.
void add_list_command(CLI::App& app, AppContext& context, int* exit_code);
void add_show_command(CLI::App& app, AppContext& context, int* exit_code);
void add_draft_command(CLI::App& app, AppContext& context, int* exit_code);
void add_check_command(CLI::App& app, AppContext& context, int* exit_code);
void add_render_command(CLI::App& app, AppContext& context, int* exit_code);
void add_validate_command(CLI::App& app, AppContext& context, int* exit_code);
void add_status_command(CLI::App& app, AppContext& context, int* exit_code);
void add_pack_command(CLI::App& app, AppContext& context, int* exit_code);

// Looks a question up; prints "unknown question" with suggestions and returns null.
const Question* find_question_or_report(const AppContext& context, const std::string& id);

}  // namespace prepkit::cli
