"""The domain: rules, amounts, lifecycle — standard library only, no storage, no Qt."""
