"""The command line's subcommands, each imported only when named: opening the window needs none of them."""
