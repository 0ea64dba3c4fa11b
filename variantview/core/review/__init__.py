"""The editor's judgements and the project file: plain data, readable without the engine."""
