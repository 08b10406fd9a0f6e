"""Word letters with docxtpl: pure context builders and one renderer (docxtpl is imported only here)."""
