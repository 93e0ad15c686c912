"""Document checklist templates, checklists on cases, client handouts. No Qt.

Importing the package registers "Offene Unterlagen" with the Heute dashboard
(`mfd_desktop.domain.today` imports this package to collect its providers).
"""

from mfd_desktop.checklists.open_documents import today_provider
from mfd_desktop.domain.today import register_checklist_provider

register_checklist_provider(today_provider)
