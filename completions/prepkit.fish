# fish completion for prepkit: commands, options, option values, and question ids from `prepkit list --ids`.

set -l commands list show draft check render validate status pack

# Question ids from the prepkit being completed, with the command line's banks and templates.
function __prepkit_ids
    set -l words (commandline -opc)
    set -l args
    for i in (seq 2 (count $words))
        switch $words[$i]
            case --bank --templates
                set -a args $words[$i] $words[(math $i + 1)]
            case '--bank=*' '--templates=*' --no-builtin
                set -a args $words[$i]
        end
    end
    $words[1] $args list --ids 2>/dev/null
end

# Drafts (*.md) and folders, for check.
function __prepkit_drafts
    set -l token (commandline -ct)
    __fish_complete_directories $token ''
    for file in $token*.md
        test -f $file; and echo $file
    end
end

complete -c prepkit -f

# Global options, valid before or after the command.
complete -c prepkit -l bank -x -a '(__fish_complete_directories)' -d 'Add a question bank folder'
complete -c prepkit -l templates -x -a '(__fish_complete_directories)' -d 'Add a templates folder'
complete -c prepkit -l no-builtin -d 'Leave out the built-in bank'
complete -c prepkit -l color -x -a 'auto always never' -d 'Colour output'
complete -c prepkit -s q -l quiet -d 'Print no progress messages'
complete -c prepkit -l version -d 'Print the version'
complete -c prepkit -s h -l help -d 'Print help'

complete -c prepkit -n "not __fish_seen_subcommand_from $commands" -a list -d 'List the questions of the bank'
complete -c prepkit -n "not __fish_seen_subcommand_from $commands" -a show -d 'Show a question'
complete -c prepkit -n "not __fish_seen_subcommand_from $commands" -a draft -d 'Write fill-in drafts'
complete -c prepkit -n "not __fish_seen_subcommand_from $commands" -a check -d 'Check drafts'
complete -c prepkit -n "not __fish_seen_subcommand_from $commands" -a render -d 'Render a Mustache template'
complete -c prepkit -n "not __fish_seen_subcommand_from $commands" -a validate -d 'Check bank folders'
complete -c prepkit -n "not __fish_seen_subcommand_from $commands" -a status -d 'How ready you are'
complete -c prepkit -n "not __fish_seen_subcommand_from $commands" -a pack -d 'Assemble one prep document'

complete -c prepkit -n '__fish_seen_subcommand_from list' -l category -x -d 'Only this category'
complete -c prepkit -n '__fish_seen_subcommand_from list' -l tag -x -d 'Only this tag'
complete -c prepkit -n '__fish_seen_subcommand_from list' -l format -x -a 'text json' -d 'Output format'
complete -c prepkit -n '__fish_seen_subcommand_from list' -l ids -d 'Print only the ids'

complete -c prepkit -n '__fish_seen_subcommand_from show' -a '(__prepkit_ids)' -d question
complete -c prepkit -n '__fish_seen_subcommand_from show' -l format -x -a 'text markdown json' -d 'Output format'

complete -c prepkit -n '__fish_seen_subcommand_from draft' -a '(__prepkit_ids)' -d question
complete -c prepkit -n '__fish_seen_subcommand_from draft' -l all -d 'Draft every question'
complete -c prepkit -n '__fish_seen_subcommand_from draft' -s o -l output -x -a '(__fish_complete_directories)' -d 'Folder for the drafts'
complete -c prepkit -n '__fish_seen_subcommand_from draft' -l stdout -d 'Print instead of writing'
complete -c prepkit -n '__fish_seen_subcommand_from draft' -l set -x -d 'Set a variable KEY=VALUE'
complete -c prepkit -n '__fish_seen_subcommand_from draft' -l dry-run -d 'Write nothing'
complete -c prepkit -n '__fish_seen_subcommand_from draft' -l force -d 'Overwrite drafts that exist'
complete -c prepkit -n '__fish_seen_subcommand_from draft' -l skip-existing -d 'Write only new drafts'

complete -c prepkit -n '__fish_seen_subcommand_from check' -a '(__prepkit_drafts)'
complete -c prepkit -n '__fish_seen_subcommand_from check' -l format -x -a 'text line json sarif' -d 'Output format'
complete -c prepkit -n '__fish_seen_subcommand_from check' -l fail-on -x -a 'error warning' -d 'Exit 1 at or above'
complete -c prepkit -n '__fish_seen_subcommand_from check' -l min-severity -x -a 'suggestion warning error' -d 'Show at or above'
complete -c prepkit -n '__fish_seen_subcommand_from check' -l stdin-name -x -d 'Name of the stdin draft'
complete -c prepkit -n '__fish_seen_subcommand_from check' -s j -l jobs -x -d 'Files checked at once'

complete -c prepkit -n '__fish_seen_subcommand_from render' -F
complete -c prepkit -n '__fish_seen_subcommand_from render' -l data -r -F -d 'YAML or JSON context'
complete -c prepkit -n '__fish_seen_subcommand_from render' -l partials -x -a '(__fish_complete_directories)' -d 'Folder of partials'
complete -c prepkit -n '__fish_seen_subcommand_from render' -l set -x -d 'Set a value KEY=VALUE'
complete -c prepkit -n '__fish_seen_subcommand_from render' -l strict -d 'Unknown partial is an error'

complete -c prepkit -n '__fish_seen_subcommand_from validate' -F

complete -c prepkit -n '__fish_seen_subcommand_from status' -a '(__fish_complete_directories)'
complete -c prepkit -n '__fish_seen_subcommand_from status' -l format -x -a 'text json' -d 'Output format'
complete -c prepkit -n '__fish_seen_subcommand_from status' -l fail-on -x -a 'error warning' -d 'Fail at or above'
complete -c prepkit -n '__fish_seen_subcommand_from status' -l drafted -d 'Only drafted questions'
complete -c prepkit -n '__fish_seen_subcommand_from status' -l require-all -d 'Exit 1 when a draft is missing'
complete -c prepkit -n '__fish_seen_subcommand_from status' -s j -l jobs -x -d 'Files checked at once'

complete -c prepkit -n '__fish_seen_subcommand_from pack' -a '(__fish_complete_directories)'
complete -c prepkit -n '__fish_seen_subcommand_from pack' -s o -l output -r -F -d 'The document to write'
complete -c prepkit -n '__fish_seen_subcommand_from pack' -l format -x -a 'markdown html' -d 'Output format'
complete -c prepkit -n '__fish_seen_subcommand_from pack' -l only -x -a '(__prepkit_ids)' -d 'Only these questions'
complete -c prepkit -n '__fish_seen_subcommand_from pack' -l category -x -d 'Only this category'
complete -c prepkit -n '__fish_seen_subcommand_from pack' -l title -x -d 'Document title'
complete -c prepkit -n '__fish_seen_subcommand_from pack' -l force -d 'Overwrite FILE'
complete -c prepkit -n '__fish_seen_subcommand_from pack' -s j -l jobs -x -d 'Files checked at once'
