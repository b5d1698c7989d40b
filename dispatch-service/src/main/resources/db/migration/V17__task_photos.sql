-- The ids of the photos the resident attached at submission (AppealSubmitted.photos), as a JSON array: the worker's
-- app reads each from intake (GET /api/v1/photos/{id}), which checks that the worker holds the task.
alter table task add column photo_ids text;
