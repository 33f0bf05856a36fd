-- Check-in staff (签到人员, role CHECKIN): no city or province; the events the account works at are granted in the
-- events module (event_check_in_staff).
ALTER TABLE user_account DROP CONSTRAINT user_account_role_check;
ALTER TABLE user_account ADD CONSTRAINT user_account_role_check
    CHECK (role IN ('ADMIN', 'STAFF', 'EDITOR', 'LIAISON', 'PROVINCE', 'CHECKIN'));
