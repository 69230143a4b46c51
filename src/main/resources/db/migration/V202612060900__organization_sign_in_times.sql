-- "Since your last visit" (issue 12): the moment of each form sign-in and the one before it, so the
-- work list can say what changed for the person since they were last here. API calls with HTTP
-- Basic are not visits and do not move these.
alter table user_account add column last_sign_in_at timestamptz;
alter table user_account add column previous_sign_in_at timestamptz;
