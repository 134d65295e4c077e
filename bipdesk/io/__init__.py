"""Reading and writing files: cards, imports, exports."""
