-- The name the officer at a counter goes by ("Nguyễn Thị Lan"), kept as they opened it: the
-- counter screen shows it to citizens, as the name plate on a one-stop desk does, and the
-- workspace names a colleague's counter by it. The username stays in officer.
ALTER TABLE counter ADD COLUMN officer_name varchar(100);

-- counters open as this comes in: their officers' names now, not at their next opening (a name
-- that is only the username stays out, as StaffIdentityProvider leaves it out)
UPDATE counter c SET officer_name = btrim(u.display_name)
  FROM app_user u
 WHERE u.username = c.officer AND c.state <> 'CLOSED'
   AND btrim(coalesce(u.display_name, '')) <> '' AND lower(btrim(u.display_name)) <> lower(u.username);
