-- Each department is named in the district's language beside English; the answer names it in the caller's.
alter table department add column name_zh text;
update department set name_zh = case code
    when 'FIRE_SAFETY'     then '璧山区消防救援支队'
    when 'HOUSING'         then '璧山区住房和城乡建委'
    when 'SANITATION'      then '璧山区城市管理局环卫所'
    when 'GREENING'        then '璧山区园林绿化管理所'
    when 'PUBLIC_SECURITY' then '碧泉派出所'
    when 'STREET_OFFICE'   then '碧泉街道办事处'
    end
where name_zh is null;
