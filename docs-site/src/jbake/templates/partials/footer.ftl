<footer class="site-footer">
<p>Every example on this site is compiled and tested with JDA ${site.buildAttribute("jda-version")} on Java ${site.buildAttribute("java-version")}.</p>
</footer>
