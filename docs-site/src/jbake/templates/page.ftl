<#-- Layout of every page: header, guide list, article with its table of contents, previous/next links, footer. -->
<#import "partials/site.ftl" as site>
<#assign guides = site.guidesInReadingOrder()>
<#assign current = guides?filter(g -> g.uri == content.uri)?first!{}>
<#assign currentIndex = (current.index)!-1>
<!DOCTYPE html>
<html lang="en">
<#include "partials/head.ftl">
<body>
<a class="skip-link" href="#main">Skip to content</a>
<#include "partials/header.ftl">
<div class="layout">
<main id="main" class="article" tabindex="-1">
<article>
<h1>${content.title!""}</h1>
<#include "partials/toc.ftl">
<div class="article-body">
<#-- Asciidoctor's section anchors are empty links; a label gives them a name for screen readers. -->
${content.body?replace('<a class="anchor" href="', '<a class="anchor" aria-label="Link to this section" href="')}
</div>
</article>
<#include "partials/pager.ftl">
</main>
<#-- The guide list follows the article in source order, so phones show the text first; wide screens place it left. -->
<#include "partials/sidebar.ftl">
</div>
<#include "partials/footer.ftl">
</body>
</html>
