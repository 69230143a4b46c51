-- Nominations on one rulebook: households as subjects, agencies as deciding levels (Luật Đ75, Đ80
-- k1: heads of provincial agencies decide Giấy khen), the rule set that judged each decision and
-- what its decider acknowledged, the judgement kept at appraisal, the notice's first day, each
-- dossier document marked with the level it belongs to (every level's own minutes), and public
-- comments that count only once the office approved them.
alter table nomination drop constraint if exists nomination_subject_kind_check;
alter table nomination add constraint nomination_subject_kind_check
  check (subject_kind in ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'));
alter table nomination add column level_organization_id bigint references organization (id);
alter table nomination add column rule_set varchar(200);
alter table nomination add column decision_authority varchar(30);
alter table nomination add column acknowledged text;
alter table nomination add column appraisal text;
alter table nomination add column notice_from date;
alter table nomination add column bonus_note varchar(500);

drop index if exists nomination_open_ux;
create unique index nomination_open_ux on nomination (
  coalesce(person_id, 0), organization_id, subject_kind, award, occasion, year, level_unit_code,
  coalesce(level_organization_id, 0))
  where status not in ('REJECTED', 'FORWARDED', 'REVOKED', 'VOTED_AGAINST');

alter table nomination_document add column level_key varchar(30);

alter table council_session add column level_organization_id bigint references organization (id);
alter table council_session add column secretary_user varchar(100);

alter table nomination_comment add column status varchar(10) not null default 'PENDING'
  check (status in ('PENDING', 'APPROVED', 'REJECTED'));
alter table nomination_comment add column address_hash varchar(64);
alter table nomination_comment add column moderated_by varchar(100);
alter table nomination_comment add column moderated_at timestamptz;
create index nomination_comment_ix on nomination_comment (nomination_id, id);

alter table award_record drop constraint if exists award_record_subject_kind_check;
alter table award_record add column rule_set varchar(200);
-- The bonus the title or form carries (coefficient × base salary); `bonus` is what was paid after
-- ND 152/2025 Đ49 k5 (titles of the same counting period pay only the highest).
alter table award_record add column full_bonus numeric(14, 0);

-- Who signed off a rulebook row read with less than full confidence, and when.
create table rule_signoff (
  id          bigint generated always as identity primary key,
  doubt_key   varchar(200) not null,
  rule_version varchar(60) not null,
  note        varchar(2000),
  signed_by   varchar(100) not null,
  signed_name varchar(200) not null,
  signed_at   timestamptz  not null default now()
);
create index rule_signoff_key_ix on rule_signoff (doubt_key, id);
