-- Issue 13: the field (lĩnh vực) a nomination names, so the plan's lead body of that field can
-- compile and select it before the level's office receives it. Kept beside the nomination; a
-- forwarded nomination carries its field to the level above.
create table nomination_field (
  nomination_id bigint primary key references nomination (id) on delete cascade,
  field         varchar(30) not null check (field in ('INNOVATION', 'SCIENCE_TECHNOLOGY',
                  'DIGITAL_TRANSFORMATION', 'GREEN_TRANSFORMATION', 'GENERAL'))
);
