"""Referrals (Weitervermittlungen), the address book of offices, and the consents
that allow passing data on. No Qt."""
