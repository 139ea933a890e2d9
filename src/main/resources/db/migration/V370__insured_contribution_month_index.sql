-- Monthly crediting reads one month's contributions of a batch of persons (CreditingBatches.DUE, four times a
-- batch). Led by the person, the unique key made it read every month of each person of the batch to find one (37
-- index entries a person on a province's data, 260 index pages a batch of 1 000); led by the month, it reads the
-- batch's own entries and nothing else.
create index insured_contribution_month_idx on insured_contribution (period_year, period_month, person_id);
