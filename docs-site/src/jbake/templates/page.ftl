<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${content.title!"Java Discord Bot Guide"}</title>
<link rel="stylesheet" href="css/site.css">
</head>
<body>
<main>
<h1>${content.title!""}</h1>
${content.body}
</main>
</body>
</html>
