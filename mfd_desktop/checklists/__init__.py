"""Document checklist templates, checklists on cases, client handouts. No Qt."""
