# bash completion for prepkit: commands, options, option values, and question ids from `prepkit list --ids`.
# Installed as share/bash-completion/completions/prepkit; works when sourced on its own too.

_prepkit_global_opts="--bank --templates --no-builtin --color -q --quiet --version -h --help"

# Options of each command (the global options are valid everywhere too).
_prepkit_command_opts() {
  case "$1" in
    list) echo "--category --tag --format --ids" ;;
    show) echo "--format" ;;
    draft) echo "--all -o --output --stdout --set --dry-run --force --skip-existing" ;;
    check) echo "--format --fail-on --min-severity --stdin-name -j --jobs" ;;
    render) echo "--data --partials --set --strict" ;;
    validate) echo "" ;;
    status) echo "--format --fail-on --drafted --require-all -j --jobs" ;;
    pack) echo "-o --output --format --only --category --title --force -j --jobs" ;;
  esac
}

# Values of an option that takes a fixed set, or a marker for what to complete.
_prepkit_option_values() {
  case "$2" in
    --format)
      case "$1" in
        list) echo "text json" ;;
        show) echo "text markdown json" ;;
        check) echo "text line json sarif" ;;
        status) echo "text json" ;;
        pack) echo "markdown html" ;;
      esac ;;
    --color) echo "auto always never" ;;
    --fail-on) echo "error warning" ;;
    --min-severity) echo "suggestion warning error" ;;
    -o | --output) [[ "$1" == pack ]] && echo "@files" || echo "@dirs" ;;
    --bank | --templates | --partials) echo "@dirs" ;;
    --data) echo "@files" ;;
    --only) echo "@ids" ;;
  esac
}

# Options that take a value (the next word, or the word after '=' in --format=json).
_prepkit_takes_value() {
  case "$1" in
    --bank | --templates | --color | --category | --tag | --format | -o | --output | --set | \
      --fail-on | --min-severity | --stdin-name | -j | --jobs | --data | --partials | --only | --title) return 0 ;;
  esac
  return 1
}

# Question ids from the prepkit being completed, with the command line's banks and templates.
_prepkit_ids() {
  local prog="${COMP_WORDS[0]/#\~/$HOME}" args=() i word value
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="${COMP_WORDS[i]}"
    case "$word" in
      --bank | --templates)
        value="${COMP_WORDS[i + 1]}"
        [[ "$value" == "=" ]] && value="${COMP_WORDS[i + 2]}"
        args+=("$word" "${value/#\~/$HOME}") ;;
      --no-builtin) args+=("$word") ;;
    esac
  done
  "$prog" "${args[@]}" list --ids 2>/dev/null
}

_prepkit() {
  local cur="${COMP_WORDS[COMP_CWORD]}" prev="" command="" i word values
  ((COMP_CWORD > 0)) && prev="${COMP_WORDS[COMP_CWORD - 1]}"
  # --format=json: bash splits at '=', so the option is one or two words back.
  if [[ "$cur" == "=" ]]; then
    cur=""
  elif [[ "$prev" == "=" ]] && ((COMP_CWORD > 1)); then
    prev="${COMP_WORDS[COMP_CWORD - 2]}"
  fi
  # The command is the first word that is neither an option nor an option's value.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="${COMP_WORDS[i]}"
    if _prepkit_takes_value "$word"; then
      ((i++))
      [[ "${COMP_WORDS[i]}" == "=" ]] && ((i++))
    elif [[ "$word" != -* && -z "$command" ]]; then
      command="$word"
    fi
  done

  if _prepkit_takes_value "$prev"; then
    values="$(_prepkit_option_values "$command" "$prev")"
    case "$values" in
      @dirs) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
      @files) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
      @ids) mapfile -t COMPREPLY < <(compgen -W "$(_prepkit_ids)" -- "$cur") ;;
      "") COMPREPLY=() ;;
      *) mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur") ;;
    esac
    return 0
  fi
  if [[ "$cur" == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_prepkit_command_opts "$command") $_prepkit_global_opts" -- "$cur")
    return 0
  fi
  case "$command" in
    "") mapfile -t COMPREPLY < <(compgen -W "list show draft check render validate status pack" -- "$cur") ;;
    show | draft) mapfile -t COMPREPLY < <(compgen -W "$(_prepkit_ids)" -- "$cur") ;;
    check) compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.md' -- "$cur") ;;
    render) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    validate | status | pack) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
    *) COMPREPLY=() ;;
  esac
}

complete -F _prepkit prepkit
