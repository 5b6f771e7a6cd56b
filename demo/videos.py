"""The COOR-COM students' video, filed under the project.

The seed names the video (made by the students of Liceo Classico Vittorio Alfieri,
Turin) but gives no address, so the demo uploads a four-second title card in its
place, with captions in both languages; its summary says so. Partners replace the
file, or give the video's YouTube or Vimeo address, in the admin.
"""

from datetime import date

from media.models import VideoCaption, VideoIndexPage, VideoPage

from . import files
from .builder import Call, Demo, Paragraphs, Ref, Rows

CAPTIONS = {
    "it": "WEBVTT\n\n00:00.000 --> 00:04.000\nPITEM PRO-SOL, progetto COOR-COM: il video degli studenti del "
    "Liceo Classico Vittorio Alfieri di Torino.\n",
    "fr": "WEBVTT\n\n00:00.000 --> 00:04.000\nPITEM PRO-SOL, projet COOR-COM : la vidéo des élèves du "
    "Liceo Classico Vittorio Alfieri de Turin.\n",
}


def caption_file(language):
    """A function that uploads the WebVTT captions of one language (once)."""

    def upload():
        return files.document(
            f"COOR-COM – sottotitoli {language}", f"pro-sol-students.{language}.vtt", CAPTIONS[language]
        )

    return upload


COOR_COM_VIDEOS = Demo(
    key="video-index:coor-com",
    model=VideoIndexPage,
    it={"title": "Video di COOR-COM", "slug": "video-coor-com", "summary": ""},
    fr={"title": "Vidéos de COOR-COM", "slug": "videos-coor-com", "summary": ""},
)

STUDENTS_VIDEO = Demo(
    key="video:coor-com-students",
    model=VideoPage,
    it={
        "title": "La salute di prossimità raccontata dagli studenti",
        "slug": "salute-di-prossimita-raccontata-dagli-studenti",
        "summary": "Il video realizzato per COOR-COM dagli studenti del Liceo Alfieri di Torino. In questa "
        "demo, un cartello di quattro secondi ne prende il posto.",
        "poster_alt": "Cartello blu con la scritta: PITEM PRO-SOL · COOR-COM, Liceo Classico Vittorio Alfieri, "
        "Torino.",
        "credits": "Realizzato dagli studenti del Liceo Classico Vittorio Alfieri di Torino.",
        "transcript": Paragraphs(
            [
                "Cartello: PITEM PRO-SOL, COOR-COM. Liceo Classico Vittorio Alfieri, Torino.",
            ]
        ),
    },
    fr={
        "title": "La santé de proximité racontée par les élèves",
        "slug": "sante-de-proximite-racontee-par-les-eleves",
        "summary": "La vidéo réalisée pour COOR-COM par les élèves du lycée Alfieri de Turin. Dans cette "
        "démonstration, un carton de quatre secondes la remplace.",
        "poster_alt": "Carton bleu portant l’inscription : PITEM PRO-SOL · COOR-COM, Liceo Classico Vittorio "
        "Alfieri, Torino.",
        "credits": "Réalisée par les élèves du Liceo Classico Vittorio Alfieri de Turin.",
        "transcript": Paragraphs(
            [
                "Carton : PITEM PRO-SOL, COOR-COM. Liceo Classico Vittorio Alfieri, Turin.",
            ]
        ),
    },
    facts={
        "date": date(2022, 5, 9),
        "duration_seconds": 4,
        "video_file": Call(lambda: files.document("COOR-COM – video studenti", "pro-sol-students.webm")),
        "poster": Call(lambda: files.image("COOR-COM – video studenti", "pro-sol-students-poster.png")),
        "related_project": Ref("project:coor-com"),
        "captions": Rows(
            VideoCaption,
            tuple({"language": language, "file": Call(caption_file(language))} for language in CAPTIONS),
        ),
    },
)


def load(builder):
    index = builder.build(COOR_COM_VIDEOS, parent=builder.get("project:coor-com"))
    builder.build(STUDENTS_VIDEO, parent=index)
