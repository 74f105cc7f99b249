"""Storage backends behind one interface (`base.Store`)."""

from checkin.core.store.base import Change, CheckInResult, ImportPlan, Stats, Store, StoreError

__all__ = ["Change", "CheckInResult", "ImportPlan", "Stats", "Store", "StoreError"]
