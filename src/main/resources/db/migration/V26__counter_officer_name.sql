-- The name the officer at a counter goes by ("Nguyễn Thị Lan"), kept as they opened it: the
-- counter screen shows it to citizens, as the name plate on a one-stop desk does, and the
-- workspace names a colleague's counter by it. The username stays in officer.
ALTER TABLE counter ADD COLUMN officer_name varchar(100);
