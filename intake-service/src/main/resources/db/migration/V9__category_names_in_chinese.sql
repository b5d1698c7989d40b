-- Each category is named in the district's language beside English; CatalogueLoader fills it from the contract's
-- catalogue at every start, and the answer names a category in the caller's language.
alter table category add column name_zh text;
