"""Customer portal: invites, passwordless sign-in, sessions, the customer's read model"""
