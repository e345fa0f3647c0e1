-- Prepares a freshly migrated (empty) registry for a bulk load: helper functions and word lists
-- in a scratch schema, and the keys, foreign keys and indexes of the tables to fill set aside so
-- that they are built once, sorted, after the load (as pg_restore does). Check constraints stay:
-- they check every generated row. 99-finish.sql puts everything back and drops the schema.
\set ON_ERROR_STOP on
drop schema if exists bench_gen cascade;
create schema bench_gen;

create table bench_gen.bulk_table (name regclass primary key);
insert into bench_gen.bulk_table values
    ('membership_application'), ('membership_application_specialty'), ('member'), ('member_specialty'),
    ('membership_number_sequence'), ('certification_request'), ('certificate'), ('legal_aid_case'),
    ('legal_aid_case_entry'), ('legal_aid_number_sequence'), ('partner_firm'), ('share_code'),
    ('partner_verification');

-- Refuse to load into a registry that already holds data: the generator starts from empty.
do $$
declare t regclass; n bigint;
begin
    for t in select name from bench_gen.bulk_table loop
        execute format('select count(*) from (select 1 from %s limit 1) x', t) into n;
        if n > 0 then raise exception '% is not empty: generate into a fresh database', t; end if;
    end loop;
end $$;

create table bench_gen.saved_constraint as
    select c.conrelid::regclass as tbl, c.conname, c.contype, pg_get_constraintdef(c.oid) as def
    from pg_constraint c
    where c.contype in ('p', 'u', 'f')
      and (c.conrelid in (select name from bench_gen.bulk_table)
           or (c.contype = 'f' and c.confrelid in (select name from bench_gen.bulk_table)));
create table bench_gen.saved_index as
    select i.indrelid::regclass as tbl, i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i
    where i.indrelid in (select name from bench_gen.bulk_table)
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
-- A statistics target set on an index's column (V16 sets the name search's) is lost with the
-- index: kept, to be set again once the indexes are back (95-references.sql).
create table bench_gen.saved_index_statistics as
    select i.indexrelid::regclass::text as name, a.attnum, a.attstattarget
    from pg_index i join pg_attribute a on a.attrelid = i.indexrelid
    where i.indexrelid::regclass::text in (select name from bench_gen.saved_index) and a.attstattarget > 0;

do $$
declare r record;
begin
    for r in select * from bench_gen.saved_constraint order by (contype = 'f') desc loop
        execute format('alter table %s drop constraint %I', r.tbl, r.conname);
    end loop;
    for r in select * from bench_gen.saved_index loop
        execute format('drop index %s', r.name);
    end loop;
end $$;

-- An Iranian national ID from a nine-digit serial: the serial, zero-padded, and its check digit
-- (see common/NationalId).
create function bench_gen.national_id_check(serial bigint) returns int language sql immutable as $$
    select ((serial / 100000000 % 10) * 10 + (serial / 10000000 % 10) * 9 + (serial / 1000000 % 10) * 8
          + (serial / 100000 % 10) * 7 + (serial / 10000 % 10) * 6 + (serial / 1000 % 10) * 5
          + (serial / 100 % 10) * 4 + (serial / 10 % 10) * 3 + (serial % 10) * 2)::int % 11
$$;
create function bench_gen.national_id(serial bigint) returns text language sql immutable as $$
    select lpad(serial::text, 9, '0')
        || case when bench_gen.national_id_check(serial) < 2 then bench_gen.national_id_check(serial)
                else 11 - bench_gen.national_id_check(serial) end
$$;

-- Nine-digit serials are scrambled bijectively (a multiplier coprime with 10), so IDs are
-- unique without looking sequential.
create function bench_gen.serial(id bigint) returns bigint language sql immutable as
    $$ select (id * 387420489 + 123456789) % 1000000000 $$;

-- An eleven-digit national company ID with its check digit (see common/NationalCompanyId).
create function bench_gen.company_id(first10 text) returns text language sql immutable as $$
    select first10 || ((select sum((substr(first10, i, 1)::int + substr(first10, 10, 1)::int + 2)
                                   * (array[29, 27, 23, 19, 17])[(i - 1) % 5 + 1])
                        from generate_series(1, 10) i) % 11 % 10)
$$;

-- The Jalali year a day falls in (Nowruz taken as 21 March, which it is within a day).
create function bench_gen.jalali_year(d date) returns int language sql immutable as $$
    select extract(year from d)::int - case when d >= make_date(extract(year from d)::int, 3, 21) then 621 else 622 end
$$;

-- A 12-character Crockford base-32 code (the certificates' public code) from 60 bits of a hash.
create function bench_gen.crockford(v bigint, a text default '0123456789ABCDEFGHJKMNPQRSTVWXYZ')
    returns text language sql immutable as $$
    select substr(a, ((v >> 55) & 31)::int + 1, 1) || substr(a, ((v >> 50) & 31)::int + 1, 1) || substr(a, ((v >> 45) & 31)::int + 1, 1)
        || substr(a, ((v >> 40) & 31)::int + 1, 1) || substr(a, ((v >> 35) & 31)::int + 1, 1) || substr(a, ((v >> 30) & 31)::int + 1, 1)
        || substr(a, ((v >> 25) & 31)::int + 1, 1) || substr(a, ((v >> 20) & 31)::int + 1, 1) || substr(a, ((v >> 15) & 31)::int + 1, 1)
        || substr(a, ((v >> 10) & 31)::int + 1, 1) || substr(a, ((v >> 5) & 31)::int + 1, 1) || substr(a, ((v >> 0) & 31)::int + 1, 1)
$$;
create function bench_gen.public_code(seed text) returns text language sql immutable as $$
    select bench_gen.crockford(('x' || substr(md5(seed), 1, 15))::bit(60)::bigint)
$$;

-- The n-th working day after d, Friday being the weekend (the desk's holidays are left out).
create function bench_gen.working_days_after(d date, n int) returns date language sql immutable as $$
    select day from (select d + g as day from generate_series(1, n + 3) g) x
    where extract(isodow from day) <> 5 order by day offset n - 1 limit 1
$$;

-- Word lists, each an array so that a random pick is one subscript.
create table bench_gen.words (kind text primary key, fa text[] not null, la text[] not null);
insert into bench_gen.words values
('first',
 array['محمد','علی','حسین','رضا','مهدی','امیر','حسن','محسن','سعید','حمید','مجید','احمد','مصطفی','مرتضی','ابوالفضل',
       'امیرحسین','محمدرضا','علیرضا','سجاد','میلاد','آرش','بابک','پویا','کاوه','سینا','فرهاد','بهروز','کیوان','نیما','پیمان',
       'یاسر','جواد','هادی','وحید','امید','بهنام','ایمان','روزبه','شهاب','داریوش',
       'فاطمه','زهرا','مریم','زینب','سارا','نرگس','مهسا','الهام','نازنین','سمیرا','لیلا','نگار','پریسا','شیما','مینا',
       'سپیده','ریحانه','محدثه','هانیه','کوثر','آزاده','یاسمن','ستاره','مهتاب','الناز','پگاه','نیلوفر','ترانه','شقایق','بهاره'],
 array['Mohammad','Ali','Hossein','Reza','Mahdi','Amir','Hassan','Mohsen','Saeed','Hamid','Majid','Ahmad','Mostafa','Morteza','Abolfazl',
       'Amirhossein','Mohammadreza','Alireza','Sajjad','Milad','Arash','Babak','Pouya','Kaveh','Sina','Farhad','Behrouz','Keyvan','Nima','Peyman',
       'Yaser','Javad','Hadi','Vahid','Omid','Behnam','Iman','Roozbeh','Shahab','Dariush',
       'Fatemeh','Zahra','Maryam','Zeynab','Sara','Narges','Mahsa','Elham','Nazanin','Samira','Leila','Negar','Parisa','Shima','Mina',
       'Sepideh','Reyhaneh','Mohaddeseh','Hanieh','Kowsar','Azadeh','Yasaman','Setareh','Mahtab','Elnaz','Pegah','Niloufar','Taraneh','Shaghayegh','Bahareh']),
('last',
 array['محمدی','حسینی','احمدی','رضایی','موسوی','کریمی','جعفری','رحیمی','قاسمی','صادقی','حیدری','نوری','کاظمی','عباسی','اکبری',
       'مرادی','ابراهیمی','سلیمانی','طاهری','هاشمی','شریفی','نجفی','زارعی','یوسفی','عزیزی','رستمی','بهرامی','فرجی','امیری','کرمی',
       'اسدی','قربانی','باقری','میرزایی','سلطانی','خسروی','نظری','صفری','توکلی','ملکی','شجاعی','منصوری','یزدانی','تهرانی','اصفهانی',
       'شیرازی','تبریزی','کرمانی','رشتی','خراسانی','فراهانی','دهقان','کشاورز','آهنگر','نجار','زرگر','صالحی','مختاری','افشار','پارسا',
       'فرهادی','کیانی','جلالی','علوی','شاکری','مظاهری','پورمحمد','نیک‌نام','دلاوری','روحانی'],
 array['Mohammadi','Hosseini','Ahmadi','Rezaei','Mousavi','Karimi','Jafari','Rahimi','Ghasemi','Sadeghi','Heydari','Nouri','Kazemi','Abbasi','Akbari',
       'Moradi','Ebrahimi','Soleimani','Taheri','Hashemi','Sharifi','Najafi','Zarei','Yousefi','Azizi','Rostami','Bahrami','Faraji','Amiri','Karami',
       'Asadi','Ghorbani','Bagheri','Mirzaei','Soltani','Khosravi','Nazari','Safari','Tavakoli','Maleki','Shojaei','Mansouri','Yazdani','Tehrani','Esfahani',
       'Shirazi','Tabrizi','Kermani','Rashti','Khorasani','Farahani','Dehghan','Keshavarz','Ahangar','Najjar','Zargar','Salehi','Mokhtari','Afshar','Parsa',
       'Farhadi','Kiani','Jalali','Alavi','Shakeri','Mazaheri','Pourmohammad','Niknam','Delavari','Rouhani']),
('field',
 array['مهندسی کامپیوتر','علوم کامپیوتر','مهندسی فناوری اطلاعات','مهندسی برق','ریاضی کاربردی','آمار','فیزیک','مهندسی صنایع'],
 array['Computer Engineering','Computer Science','IT Engineering','Electrical Engineering','Applied Mathematics','Statistics','Physics','Industrial Engineering']),
('employer',
 array['دیجی‌کالا','اسنپ','کافه‌بازار','تپسی','همکاران سیستم','سپیدار','آسیاتک','ایرانسل','همراه اول','بانک ملت','توسن','فناپ'],
 array['Digikala','Snapp','Cafe Bazaar','Tapsi','Hamkaran System','Sepidar','Asiatech','Irancell','Hamrah-e Aval','Bank Mellat','Tosan','Fanap']);

-- Provinces weighted by population (2016 census, thousands) with their capitals, and a
-- 1,000-slot array in which each province fills its share: one subscript picks a province.
create table bench_gen.province (code text primary key, capital text not null, people int not null);
insert into bench_gen.province values
('TEHRAN','تهران',13267),('RAZAVI_KHORASAN','مشهد',6434),('ESFAHAN','اصفهان',5120),('FARS','شیراز',4851),
('KHUZESTAN','اهواز',4710),('EAST_AZERBAIJAN','تبریز',3909),('MAZANDARAN','ساری',3283),('WEST_AZERBAIJAN','ارومیه',3265),
('KERMAN','کرمان',3164),('SISTAN_BALUCHESTAN','زاهدان',2775),('ALBORZ','کرج',2712),('GILAN','رشت',2530),
('KERMANSHAH','کرمانشاه',1952),('GOLESTAN','گرگان',1868),('HORMOZGAN','بندرعباس',1776),('LORESTAN','خرم‌آباد',1760),
('HAMADAN','همدان',1738),('KURDISTAN','سنندج',1603),('MARKAZI','اراک',1429),('QOM','قم',1292),('QAZVIN','قزوین',1273),
('ARDABIL','اردبیل',1270),('BUSHEHR','بوشهر',1163),('YAZD','یزد',1138),('ZANJAN','زنجان',1057),
('CHAHARMAHAL_BAKHTIARI','شهرکرد',947),('NORTH_KHORASAN','بجنورد',863),('SOUTH_KHORASAN','بیرجند',768),
('KOHGILUYEH_BOYER_AHMAD','یاسوج',713),('SEMNAN','سمنان',702),('ILAM','ایلام',580);

create table bench_gen.province_slot as
    with share as (
        select code, capital, sum(people) over (order by people desc, code) as upto, sum(people) over () as total
        from bench_gen.province)
    select array_agg(s.code order by slot) as code, array_agg(s.capital order by slot) as capital
    from generate_series(1, 1000) slot
    join lateral (select code, capital from share where upto * 1000.0 / total >= slot order by upto limit 1) s on true;

-- The catalog's tracks (seeded by the app on its first start), numbered for random picks.
create table bench_gen.track as
    select row_number() over (order by id) as n, id, validity_months from certification_track;
do $$ begin
    if (select count(*) from bench_gen.track) = 0 then
        raise exception 'the catalog is empty: start the app once with guild.certification.seed-catalog=true';
    end if;
end $$;
