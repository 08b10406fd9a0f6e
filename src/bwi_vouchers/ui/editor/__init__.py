"""The application editor: form, cost items, live checklist, lifecycle actions, history."""
