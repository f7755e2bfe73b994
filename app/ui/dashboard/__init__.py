"""The dashboard of SPEC.md §8 (registry key ``dashboard``, replacing the simple one): ten
collapsible panels over the administrations the user chooses, a QPainter bar chart of the
documents processed per month, and "Oplossen" links that open the right tab or document.
Importing :mod:`app.ui.dashboard.page` registers the page.
"""
