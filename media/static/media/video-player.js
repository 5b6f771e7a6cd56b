/*
 * Load a YouTube or Vimeo player only when the visitor asks for it.
 *
 * The page itself links to the video at the provider and contacts nobody. With
 * JavaScript, a "play here" button appears; pressing it puts the provider's
 * privacy-enhanced player in place of the poster. The player addresses match
 * media.video_urls.VideoRef.embed_url.
 */
(function () {
    "use strict";

    var PLAYERS = {
        youtube: function (data) {
            return "https://www.youtube-nocookie.com/embed/" + encodeURIComponent(data.videoId);
        },
        vimeo: function (data) {
            var url = "https://player.vimeo.com/video/" + encodeURIComponent(data.videoId) + "?dnt=1";
            return data.videoHash ? url + "&h=" + encodeURIComponent(data.videoHash) : url;
        }
    };

    function withAutoplay(url) {
        return url + (url.indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
    }

    document.querySelectorAll("[data-video-provider]").forEach(function (player) {
        var build = PLAYERS[player.dataset.videoProvider];
        var button = player.querySelector("[data-video-play]");
        var frame = player.querySelector("[data-video-frame]");
        if (!build || !button || !frame) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            var iframe = document.createElement("iframe");
            iframe.src = withAutoplay(build(player.dataset));
            iframe.title = player.dataset.playerTitle;
            iframe.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
            iframe.allowFullscreen = true;
            iframe.referrerPolicy = "strict-origin-when-cross-origin";
            iframe.className = "video-player__iframe";
            frame.replaceChildren(iframe);
            frame.classList.add("video-player__frame--playing");
            button.remove();
            iframe.focus();
        });
    });
})();
