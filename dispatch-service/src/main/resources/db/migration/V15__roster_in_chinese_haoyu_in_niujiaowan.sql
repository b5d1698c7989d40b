-- The roster in the district's language: each grid worker by their own name, family name first, as the realm
-- (local-stack keycloak/gridloop-realm.json, the sign-in's one list of people) names them; RosterNamesSystemIT fails
-- when the two differ. Before, two workers of different communities shared a name, and the realm wrote them given
-- name first.
update grid_worker set name = names.name from (values
    ('w-niujiaowan-g1-1', '陈丽'),
    ('w-niujiaowan-g1-2', '李涛'),
    ('w-niujiaowan-g1-3', '王平'),
    ('w-niujiaowan-g2-1', '张芳'),
    ('w-niujiaowan-g3-1', '刘辉'),
    ('w-niujiaowan-g3-2', '杨红'),
    ('w-niujiaowan-backup', '黄伟'),
    ('w-hualong-g1-1', '赵强'),
    ('w-hualong-g1-2', '吴云'),
    ('w-hualong-g1-3', '周梅'),
    ('w-hualong-g2-1', '徐霞'),
    ('w-hualong-g3-1', '孙刚'),
    ('w-hualong-g3-2', '马静'),
    ('w-hualong-backup', '朱波'),
    ('w-haoyu-g1-1', '胡兰'),
    ('w-haoyu-g2-1', '郭磊'),
    ('w-haoyu-g2-2', '何宁'),
    ('w-haoyu-g3-1', '林浩'),
    ('w-haoyu-g3-2', '罗燕'),
    ('w-haoyu-g3-3', '高军'),
    ('w-haoyu-backup', '邓立'),
    ('w-lianhua-g1-1', '谢涛'),
    ('w-lianhua-g1-2', '韩平'),
    ('w-lianhua-g1-3', '唐芳'),
    ('w-lianhua-g2-1', '冯辉'),
    ('w-lianhua-g3-1', '曹红'),
    ('w-lianhua-g3-2', '彭伟'),
    ('w-lianhua-backup', '曾强')
) as names (id, name) where grid_worker.id = names.id;

-- The Hongkang Haoyu compound (鸿康皓宇小区) lies in Niujiaowan Community: its grids are Niujiaowan's, and its backup
-- worker is one of Niujiaowan's backups (the sample map says so from this version on).
update grid_worker set community_id = 'niujiaowan' where community_id = 'haoyu';
