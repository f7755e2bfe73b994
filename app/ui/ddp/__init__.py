"""The document detail page (DDP): the document rendered on the left, the fields, booking
lines and comments on the right, and the review actions with their keyboard shortcuts."""
