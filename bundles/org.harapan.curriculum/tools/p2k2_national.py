#!/usr/bin/env python3
"""Writes documents/p2k2-national.curriculum (development time only; the document is what ships).

Module and session titles are the published facts of Kementerian Sosial (P2K2 modules, revised 2018; the 2021
stunting module's topics). Objectives, steps, questions and home practice are this project's own short words.
Run from the bundle folder: python3 tools/p2k2_national.py
"""
from xml.sax.saxutils import quoteattr as q

# (module number, code, title id, title en, [(session number, title id, title en, minutes,
#   [(objective id, objective en)], core activity (id, en), home practice (id, en), materials)])
MODULES = [
 (1, 'M1', 'Pengasuhan dan Pendidikan Anak', 'Parenting and Child Education', [
  (1, 'Menjadi Orangtua yang Lebih Baik', 'Becoming Better Parents', 120,
   [('Peserta menyebut tiga peran orangtua dalam keluarga.', 'Participants name three roles of parents in the family.'),
    ('Peserta memilih satu kebiasaan pengasuhan yang ingin diperbaiki.', 'Participants choose one parenting habit to improve.')],
   ('Diskusi kelompok tentang harapan orangtua', 'Group talk about what parents hope for'),
   ('Catat satu pujian yang diberikan kepada anak setiap hari.', 'Write down one word of praise given to a child each day.'), ['flipchart', 'film', 'bukuPintar']),
  (2, 'Memahami Perkembangan dan Perilaku Anak', 'Understanding Child Development and Behaviour', 120,
   [('Peserta mengenali tahap perkembangan anak menurut usia.', 'Participants recognise the stages of child development by age.'),
    ('Peserta menjelaskan cara menanggapi perilaku anak tanpa kekerasan.', 'Participants explain how to respond to a child\'s behaviour without violence.')],
   ('Permainan kartu tahap usia anak', 'Card game on a child\'s ages and stages'),
   ('Amati satu perilaku anak dan tanggapan Anda selama seminggu.', 'Watch one behaviour of your child and your response for a week.'), ['flipchart', 'worksheet', 'bukuPintar']),
  (3, 'Memahami Cara Anak Usia Dini Belajar', 'How Young Children Learn', 120,
   [('Peserta menjelaskan bahwa anak usia dini belajar melalui bermain.', 'Participants explain that young children learn through play.'),
    ('Peserta membuat satu permainan sederhana dari bahan di rumah.', 'Participants make one simple game from things at home.')],
   ('Praktik membuat alat main dari bahan sekitar', 'Making a toy from local materials'),
   ('Bermain bersama anak 15 menit setiap hari.', 'Play with your child for 15 minutes every day.'), ['flipchart', 'film', 'bukuPintar']),
  (4, 'Membantu Anak Sukses di Sekolah', 'Helping Children Succeed at School', 120,
   [('Peserta menyebut cara mendampingi anak belajar di rumah.', 'Participants name ways to support a child\'s learning at home.'),
    ('Peserta memahami pentingnya kehadiran anak di sekolah.', 'Participants understand why regular school attendance matters.')],
   ('Menyusun jadwal belajar anak di rumah', 'Drawing up a home study timetable'),
   ('Terapkan jadwal belajar dan tanyakan kegiatan sekolah anak.', 'Use the study timetable and ask your child about school.'), ['flipchart', 'worksheet', 'bukuPintar']),
 ]),
 (2, 'M2', 'Pengelolaan Keuangan dan Perencanaan Usaha', 'Financial Management and Business Planning', [
  (5, 'Mengelola Keuangan Keluarga', 'Managing Family Finances', 120,
   [('Peserta membedakan kebutuhan dan keinginan.', 'Participants tell needs from wants.'),
    ('Peserta mencatat pemasukan dan pengeluaran keluarga.', 'Participants record the family\'s income and spending.')],
   ('Latihan anggaran keluarga satu bulan', 'Exercise: a family budget for one month'),
   ('Catat pemasukan dan pengeluaran selama sebulan.', 'Keep a record of income and spending for a month.'), ['flipchart', 'worksheet', 'bukuPintar']),
  (6, 'Cermat Meminjam dan Menabung', 'Borrowing and Saving Wisely', 120,
   [('Peserta menimbang risiko dan biaya sebuah pinjaman.', 'Participants weigh the risks and costs of a loan.'),
    ('Peserta menetapkan satu tujuan menabung.', 'Participants set one savings goal.')],
   ('Simulasi membandingkan tawaran pinjaman', 'Role play comparing loan offers'),
   ('Sisihkan uang untuk tujuan menabung setiap minggu.', 'Put money aside for the savings goal every week.'), ['flipchart', 'film', 'worksheet', 'bukuPintar']),
  (7, 'Memulai Usaha', 'Starting a Business', 135,
   [('Peserta mengenali peluang usaha di lingkungannya.', 'Participants spot business opportunities nearby.'),
    ('Peserta menyusun rencana usaha sederhana.', 'Participants draft a simple business plan.')],
   ('Menyusun rencana usaha dengan lembar kerja', 'Drafting a business plan on a worksheet'),
   ('Lengkapi rencana usaha dan hitung modal awal.', 'Complete the business plan and work out the starting capital.'), ['flipchart', 'worksheet', 'bukuPintar']),
 ]),
 (3, 'M3', 'Kesehatan dan Gizi', 'Health and Nutrition', [
  (8, 'Pentingnya Gizi dan Layanan Kesehatan Ibu Hamil', 'Nutrition and Health Care for Pregnant Women', 120,
   [('Peserta menyebut makanan bergizi untuk ibu hamil.', 'Participants name nutritious foods for pregnant women.'),
    ('Peserta mengetahui jadwal pemeriksaan kehamilan.', 'Participants know the schedule of antenatal check-ups.')],
   ('Menyusun menu sehari untuk ibu hamil', 'Planning a day\'s meals for a pregnant woman'),
   ('Periksa buku KIA dan jadwal kunjungan berikutnya.', 'Check the KIA book and the next visit date.'), ['flipchart', 'film', 'bukuPintar']),
  (9, 'Pentingnya Gizi untuk Ibu Menyusui dan Balita', 'Nutrition for Breastfeeding Mothers and Toddlers', 120,
   [('Peserta menjelaskan manfaat ASI eksklusif.', 'Participants explain the benefits of exclusive breastfeeding.'),
    ('Peserta menyusun makanan pendamping ASI yang sesuai usia.', 'Participants plan complementary food suited to the child\'s age.')],
   ('Praktik menyiapkan makanan pendamping ASI', 'Practice: preparing complementary food'),
   ('Timbang balita di posyandu bulan ini.', 'Have your toddler weighed at the posyandu this month.'), ['flipchart', 'film', 'bukuPintar']),
  (10, 'Kesakitan pada Anak dan Kesehatan Lingkungan', 'Childhood Illness and Environmental Health', 120,
   [('Peserta mengenali tanda bahaya pada anak sakit.', 'Participants recognise danger signs in a sick child.'),
    ('Peserta menyebut cara menjaga rumah dan air tetap bersih.', 'Participants name ways to keep the home and water clean.')],
   ('Peta kebersihan rumah dan lingkungan', 'Mapping hygiene at home and nearby'),
   ('Cuci tangan pakai sabun bersama anak sebelum makan.', 'Wash hands with soap with your children before meals.'), ['flipchart', 'film', 'bukuPintar']),
 ]),
 (4, 'M4', 'Perlindungan Anak', 'Child Protection', [
  (11, 'Upaya Pencegahan Kekerasan dan Perlakuan Salah pada Anak', 'Preventing Violence against and Abuse of Children', 120,
   [('Peserta mengenali bentuk kekerasan terhadap anak.', 'Participants recognise forms of violence against children.'),
    ('Peserta mengetahui ke mana melapor bila anak terancam.', 'Participants know where to report when a child is at risk.')],
   ('Studi kasus dan diskusi jalur pelaporan', 'Case study and the reporting path'),
   ('Sepakati aturan rumah tanpa kekerasan bersama keluarga.', 'Agree on house rules without violence with the family.'), ['flipchart', 'film', 'bukuPintar']),
  (12, 'Pencegahan Penelantaran dan Eksploitasi Anak', 'Preventing Neglect and Exploitation of Children', 105,
   [('Peserta menjelaskan hak anak atas pengasuhan dan pendidikan.', 'Participants explain a child\'s right to care and schooling.'),
    ('Peserta mengenali tanda anak dipekerjakan atau ditelantarkan.', 'Participants recognise signs of child labour or neglect.')],
   ('Diskusi gambar situasi anak', 'Talking through pictures of children\'s situations'),
   ('Pastikan setiap anak punya akta kelahiran.', 'Make sure every child has a birth certificate.'), ['flipchart', 'worksheet', 'bukuPintar']),
 ]),
 (5, 'M5', 'Kesejahteraan Sosial', 'Social Welfare', [
  (13, 'Pelayanan bagi Penyandang Disabilitas Berat', 'Services for People with Severe Disabilities', 105,
   [('Peserta mengetahui layanan bagi penyandang disabilitas berat.', 'Participants know the services for people with severe disabilities.'),
    ('Peserta menyebut cara mendukung anggota keluarga dengan disabilitas.', 'Participants name ways to support a family member with a disability.')],
   ('Bermain peran merawat dengan hormat', 'Role play on caring with respect'),
   ('Ajak anggota keluarga dengan disabilitas ikut satu kegiatan.', 'Include a family member with a disability in one activity.'), ['flipchart', 'film', 'bukuPintar']),
  (14, 'Pentingnya Kesejahteraan Lanjut Usia', 'Well-being in Old Age', 105,
   [('Peserta menjelaskan kebutuhan kesehatan dan sosial lansia.', 'Participants explain the health and social needs of older people.'),
    ('Peserta merencanakan pemeriksaan kesehatan tahunan lansia.', 'Participants plan the yearly health check of an older person.')],
   ('Diskusi peran lansia dalam keluarga', 'Talking about the place of elders in the family'),
   ('Dampingi lansia ke posbindu atau puskesmas.', 'Go with an older family member to the posbindu or Puskesmas.'), ['flipchart', 'reading', 'bukuPintar']),
 ]),
]

STUNTING = (6, 'STUNTING', 'Pencegahan Stunting (modul 2021)', 'Stunting Prevention (2021 module)', [
  (15, 'Kebijakan Percepatan Penurunan Stunting', 'Policy on Faster Stunting Reduction', 90,
   [('Peserta mengetahui program pemerintah untuk menurunkan stunting.', 'Participants know the government programmes against stunting.')],
   ('Tanya jawab program di desa', 'Questions on the village programmes'), ('Cari tahu layanan stunting di desa.', 'Find out the stunting services in the village.'), ['flipchart', 'reading']),
  (16, 'Memahami Masalah Stunting', 'Understanding Stunting', 90,
   [('Peserta menjelaskan stunting dan akibatnya bagi anak.', 'Participants explain stunting and what it does to a child.')],
   ('Membaca grafik pertumbuhan anak', 'Reading a child\'s growth chart'), ('Lihat grafik tinggi badan anak di buku KIA.', 'Look at the child\'s height chart in the KIA book.'), ['flipchart', 'film']),
  (17, 'Kehamilan Sehat', 'A Healthy Pregnancy', 90,
   [('Peserta menyebut kebutuhan gizi dan pemeriksaan selama hamil.', 'Participants name nutrition needs and check-ups in pregnancy.')],
   ('Menu dan jadwal periksa ibu hamil', 'Meals and check-up plan in pregnancy'), ('Dampingi ibu hamil memeriksakan kehamilan.', 'Go with a pregnant woman to her check-up.'), ['flipchart', 'worksheet']),
  (18, 'Bayi Baru Lahir dan Menyusui', 'Newborns and Breastfeeding', 90,
   [('Peserta menjelaskan inisiasi menyusu dini dan ASI eksklusif.', 'Participants explain early initiation and exclusive breastfeeding.')],
   ('Praktik posisi menyusui', 'Practising breastfeeding positions'), ('Dukung ibu menyusui di rumah.', 'Support the breastfeeding mother at home.'), ['flipchart', 'film']),
  (19, 'Stimulasi Tumbuh Kembang', 'Stimulating Growth and Development', 90,
   [('Peserta mempraktikkan stimulasi sesuai usia anak.', 'Participants practise stimulation suited to the child\'s age.')],
   ('Permainan stimulasi', 'Stimulation games'), ('Ajak anak bicara dan bermain setiap hari.', 'Talk and play with the child every day.'), ['flipchart', 'worksheet']),
  (20, 'Memanfaatkan Bantuan untuk Gizi', 'Using Aid for Nutrition', 90,
   [('Peserta merencanakan belanja bantuan untuk makanan bergizi.', 'Participants plan to spend aid on nutritious food.')],
   ('Rencana belanja pangan bergizi', 'A shopping plan for nutritious food'), ('Belanjakan sebagian bantuan untuk protein hewani.', 'Spend part of the aid on animal protein.'), ['flipchart', 'worksheet']),
  (21, 'Kebersihan Diri dan Lingkungan', 'Personal and Environmental Hygiene', 90,
   [('Peserta menyebut kebiasaan bersih yang mencegah infeksi.', 'Participants name clean habits that prevent infection.')],
   ('Praktik cuci tangan dan air minum aman', 'Hand washing and safe drinking water'), ('Gunakan jamban sehat dan air matang.', 'Use a safe latrine and boiled water.'), ['flipchart', 'film']),
  (22, 'Pemetaan Keluarga dan Rencana Aksi', 'Family Mapping and Action Plan', 90,
   [('Peserta memetakan risiko stunting keluarga dan menyusun rencana aksi.', 'Participants map their family\'s stunting risks and make an action plan.')],
   ('Lembar pemetaan keluarga', 'Family mapping worksheet'), ('Jalankan satu langkah rencana aksi.', 'Carry out one step of the action plan.'), ['worksheet']),
])

MATERIAL_TITLES = {
  'flipchart': ('Lembar balik sesi', 'Session flipchart'), 'film': ('Film pendek sesi', 'Session short film'),
  'worksheet': ('Lembar kerja peserta', 'Participant worksheet'), 'reading': ('Bahan bacaan', 'Reading'),
  'bukuPintar': ('Buku Pintar untuk dibawa pulang', 'Buku Pintar take-home book'),
}

def steps(minutes, core):
    # opening and review of home practice, pre questions, core activity, discussion, summary, post questions
    fixed = [(15, 'Pembukaan dan tinjauan praktik rumah', 'Opening and review of home practice'),
             (10, 'Pertanyaan awal', 'Pre questions')]
    tail = [(15, 'Rangkuman dan praktik rumah', 'Summary and home practice'), (10, 'Pertanyaan akhir dan evaluasi sesi', 'Post questions and session evaluation')]
    rest = minutes - sum(f[0] for f in fixed + tail)
    core_min = rest * 3 // 5 // 5 * 5
    return fixed + [(core_min, core[0], core[1]), (rest - core_min, 'Diskusi dan berbagi pengalaman', 'Discussion and sharing')] + tail

def session_xml(s, indent):
    number, tid, ten, minutes, objectives, core, practice, materials = s
    p = ' ' * indent
    out = [f'{p}<sessions number="{number}" title={q(tid)} titleEn={q(ten)} durationMinutes="{minutes}" homePractice={q(practice[0])} homePracticeEn={q(practice[1])}>']
    for o in objectives:
        out.append(f'{p}  <objectives text={q(o[0])} textEn={q(o[1])}/>')
    for m in materials:
        t = MATERIAL_TITLES[m]
        out.append(f'{p}  <materials kind="{m}" title={q(t[0])} titleEn={q(t[1])}/>')
    pre_id, pre_en = 'Apa yang sudah Anda ketahui tentang topik "%s"?' % tid, 'What do you already know about "%s"?' % ten
    out.append(f'{p}  <questions timing="pre" text={q(pre_id)} textEn={q(pre_en)}/>')
    out.append(f'{p}  <questions timing="post" text={q("Apa satu hal yang akan Anda lakukan setelah sesi ini?")} textEn={q("What is one thing you will do after this session?")}/>')
    for i, (mins, sid, sen) in enumerate(steps(minutes, core), 1):
        out.append(f'{p}  <steps number="{i}" title={q(sid)} titleEn={q(sen)} durationMinutes="{mins}"/>')
    out.append(f'{p}</sessions>')
    return out

def module_xml(tag, m):
    number, code, tid, ten, sessions = m
    out = [f'  <{tag} number="{number}" code="{code}" title={q(tid)} titleEn={q(ten)}>']
    for s in sessions:
        out += session_xml(s, 4)
    out.append(f'  </{tag}>')
    return out

lines = ['<?xml version="1.0" encoding="UTF-8"?>',
 '<curriculum:Curriculum xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:curriculum="http://harapan.org/curriculum/1.0"'
 ' id="p2k2" title="Kurikulum Nasional P2K2" titleEn="National P2K2 Curriculum (Family Development Sessions)" version="1" status="published"'
 ' effectiveFrom="2018-01-01" authority="Kementerian Sosial RI"'
 ' source="Module and session titles: P2K2 modules of Kementerian Sosial (revised 2018); stunting topics: Kementerian Sosial stunting module (2021). Objectives, steps, questions and home practice: Harapan Workbench\'s own words.">']
for m in MODULES:
    lines += module_xml('modules', m)
lines += module_xml('optionalModules', STUNTING)
lines.append('</curriculum:Curriculum>')
open('documents/p2k2-national.curriculum', 'w').write('\n'.join(lines) + '\n')
