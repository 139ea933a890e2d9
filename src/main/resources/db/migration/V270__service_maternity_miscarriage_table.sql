-- 生育津贴: 流产 days by weeks of pregnancy as the region's table says. A version of the region's parameters may
-- carry a table of bands "from week:days" in ascending weeks (e.g. 1:15,12:30,16:42): a 流产 in week w gets the days
-- of the last band starting at or before w. Without a table the two tiers of the version decide, as before.
ALTER TABLE service_maternity_parameter ADD COLUMN miscarriage_table VARCHAR(200)
    CHECK (miscarriage_table IS NULL OR miscarriage_table ~ '^[0-9]{1,2}:[0-9]{1,3}(,[0-9]{1,2}:[0-9]{1,3}){0,19}$');
